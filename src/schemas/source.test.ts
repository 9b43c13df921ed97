import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { sourceSchema } = await loadSchema<typeof import('./source.ts')>('source');

/** A source that passes: each case changes one thing. */
const valid = { outlet: 'Example outlet', title: 'A page', titleKind: 'title', language: 'nl', url: 'https://example.org/page' };
const HTTPS = 'expected an https URL (set httpOnly: true only where the recorded address is http)';
const NOT_A_URL = 'expected an absolute http(s) URL';

const cases: Case[] = [
  { name: 'an https address', input: valid, issues: [] },
  { name: 'an undated source', input: { ...valid, date: undefined }, issues: [] },
  { name: 'a plain http address', input: { ...valid, url: 'http://example.org/page' }, issues: [{ path: 'url', message: HTTPS }] },
  { name: 'a plain http address marked httpOnly', input: { ...valid, url: 'http://example.org/page', httpOnly: true }, issues: [] },
  { name: 'httpOnly: false with an http address', input: { ...valid, url: 'http://example.org/page', httpOnly: false }, issues: [{ path: 'url', message: HTTPS }] },
  { name: 'an address without a scheme', input: { ...valid, url: 'example.org/page' }, issues: [{ path: 'url', message: NOT_A_URL }, { path: 'url', message: HTTPS }] },
  { name: 'a relative address', input: { ...valid, url: '/page' }, issues: [{ path: 'url', message: NOT_A_URL }, { path: 'url', message: HTTPS }] },
  { name: 'an ftp address, even marked httpOnly', input: { ...valid, url: 'ftp://example.org/file', httpOnly: true }, issues: [{ path: 'url', message: NOT_A_URL }] },
  { name: 'a javascript: address', input: { ...valid, url: 'javascript:alert(1)' }, issues: [{ path: 'url', message: NOT_A_URL }, { path: 'url', message: HTTPS }] },
  { name: 'a month as the date', input: { ...valid, date: '2021-04' }, issues: [] },
  { name: 'an impossible day', input: { ...valid, date: '2021-02-30' }, issues: [{ path: 'date', message: '"2021-02-30" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)' }] },
  { name: 'a language the site does not label', input: { ...valid, language: 'es' }, issues: [{ path: 'language', message: /expected one of "nl"\|"en"\|"de"\|"fr"/ }] },
  { name: 'a title kind that is not one of the three', input: { ...valid, titleKind: 'guess' }, issues: [{ path: 'titleKind', message: /expected one of "title"\|"from-url"\|"description"/ }] },
  { name: 'an empty title', input: { ...valid, title: '' }, issues: [{ path: 'title', message: /expected string to have >=1 characters/ }] },
  { name: 'no outlet', input: { ...valid, outlet: undefined }, issues: [{ path: 'outlet', message: /expected string, received undefined/ }] },
];

for (const { name, input, issues } of cases) {
  test(`source schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(sourceSchema, input, issues);
  });
}
