import { test } from 'node:test';
import assert from 'node:assert/strict';
import { storySchema } from './story.ts';

const valid = {
  slug: 'city-water-factcheck',
  title: 'The water company and the city: a fact-check',
  shortTitle: 'Water fact-check',
  description: 'Claim by claim.',
  lang: 'en',
  publisher: 'The Desk',
  contactEmail: 'desk@example.org',
  respondents: ['utility', 'city'],
  lanes: [
    { id: 'utility', label: 'The utility', shortLabel: 'Utility', parties: ['utility'] },
    { id: 'city', label: 'The city', shortLabel: 'City', parties: ['city', 'council'] },
  ],
  timeline: { title: 'The affair', takeaway: 'It happened.' },
};

test('a valid story parses, with ownership and funding null and example false by default', () => {
  const parsed = storySchema.parse(valid);
  assert.equal(parsed.ownership, null);
  assert.equal(parsed.funding, null);
  assert.equal(parsed.example, false);
});

const bad: Array<[string, Record<string, unknown>, string]> = [
  ['one respondent only', { respondents: ['utility'] }, 'respondents'],
  ['a respondent listed twice', { respondents: ['utility', 'utility'] }, 'respondents'],
  ['a slug with spaces', { slug: 'city water' }, 'slug'],
  ['a slug with a double hyphen', { slug: 'city--water' }, 'slug'],
  ['no lanes', { lanes: [] }, 'lanes'],
  ['a lane without parties', { lanes: [{ id: 'a', label: 'A', shortLabel: 'A', parties: [] }] }, 'lanes'],
  ['two lanes with one id', { lanes: [valid.lanes[0], { ...valid.lanes[1], id: 'utility' }] }, 'lanes'],
  ['a party in two lanes', { lanes: [valid.lanes[0], { ...valid.lanes[1], parties: ['utility'] }] }, 'lanes'],
  ['a lane id with capitals', { lanes: [{ ...valid.lanes[0], id: 'Utility' }, valid.lanes[1]] }, 'lanes'],
  ['an address that is not an e-mail address', { contactEmail: 'desk' }, 'contactEmail'],
  ['no timeline takeaway', { timeline: { title: 'x' } }, 'timeline'],
  ['an empty title', { title: '' }, 'title'],
];

for (const [name, change, field] of bad) {
  test(`a story with ${name} is refused at "${field}"`, () => {
    const result = storySchema.safeParse({ ...valid, ...change });
    assert.equal(result.success, false);
    assert.ok(result.error!.issues.some((issue) => issue.path[0] === field), JSON.stringify(result.error!.issues));
  });
}
