/**
 * Bad content must stop the build with a message that names the file and the field, and must leave
 * the published folder untouched. Each case copies src/content, breaks one thing, and builds it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ROOT = new URL('..', import.meta.url).pathname;

type Data = Record<string, any>;

interface BadCase {
  name: string;
  /** The file to break, relative to the content folder: a claim's frontmatter or a YAML data file. */
  file: string;
  /** Breaks the parsed data (a claim's frontmatter, or the list of a data file) in place. */
  mutate: (data: any) => void;
  /** What the error must say: the file and the field. */
  expect: RegExp[];
}

const CLAIM_FILE = 'claims/huawei-did-eavesdrop.mdx';
const claimFile = /claims\/huawei-did-eavesdrop\.mdx/;
const eventsFile = /events\.yaml/;

const CASES: BadCase[] = [
  {
    name: 'a claim without the first respondent\'s response',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { delete claim.responses.kpn; },
    expect: [claimFile, /responses\.kpn/, /the response of respondent "kpn" is missing/],
  },
  {
    name: 'a claim without the second respondent\'s response',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { delete claim.responses.huawei; },
    expect: [claimFile, /responses\.huawei/, /the response of respondent "huawei" is missing/],
  },
  {
    name: 'a claim with a response from a party that is not a respondent',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.responses.capgemini = { ...claim.responses.kpn }; },
    expect: [claimFile, /responses\.capgemini/, /"capgemini" is not a respondent of the story/],
  },
  {
    name: 'a party in no lane of the timeline',
    file: 'story.yaml',
    mutate: (story: Data[]) => { for (const lane of story[0]!.lanes) lane.parties = lane.parties.filter((id: string) => id !== 'nos'); },
    expect: [/story\.yaml/, /lanes: party "nos"/, /is in no lane/],
  },
  {
    name: 'a story with a single respondent',
    file: 'story.yaml',
    mutate: (story: Data[]) => { story[0]!.respondents = ['kpn']; },
    expect: [/story/, /respondents/, /at least two respondents/],
  },
  {
    name: 'a reference to a statement that does not exist',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.responses.kpn.statements[0] = 'kpn-statement-that-was-never-made'; },
    expect: [claimFile, /responses\.kpn\.statements\[0\]/, /statement "kpn-statement-that-was-never-made" does not exist/],
  },
  {
    name: 'a reference to a source that does not exist',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.sources[0] = 'no-such-source'; },
    expect: [claimFile, /→ sources\[0\]/, /source "no-such-source" does not exist/],
  },
  {
    name: 'a reference to an event that does not exist',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.events[0] = 'no-such-event'; },
    expect: [claimFile, /→ events\[0\]/, /event "no-such-event" does not exist/],
  },
  {
    name: 'an event naming a party that does not exist',
    file: 'events.yaml',
    mutate: (events: Data[]) => { events[0]!.parties[0] = 'kpn-holding'; },
    expect: [eventsFile, /parties\[0\]/, /party "kpn-holding" does not exist/],
  },
  {
    name: 'a rating outside the scale',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.rating = 'mostly-true'; },
    expect: [claimFile, /→ rating/, /rating "mostly-true" does not exist/],
  },
  {
    name: 'a malformed date',
    file: 'events.yaml',
    mutate: (events: Data[]) => { events.find((event) => event.date === '2021-04-17')!.date = '2021-04-31'; },
    expect: [eventsFile, /date/, /"2021-04-31" is not a date/],
  },
  {
    name: 'a date YAML reads as something else',
    file: CLAIM_FILE,
    mutate: (claim: Data) => { claim.published = 17042021; },
    expect: [/huawei-did-eavesdrop/, /published/, /YYYY-MM-DD/],
  },
  {
    name: 'a glossary term citing a source that does not exist',
    file: 'glossary.yaml',
    mutate: (terms: Data[]) => { terms.find((term) => term.source)!.source = 'no-such-source'; },
    expect: [/glossary\.yaml/, /\(entry "[a-z0-9-]+"\) → source:/, /source "no-such-source" does not exist/],
  },
  {
    name: 'a glossary term without a definition',
    file: 'glossary.yaml',
    mutate: (terms: Data[]) => { delete terms[0]!.definition; },
    expect: [/glossary/, /definition/],
  },
  {
    name: 'a Dutch quote without our translation',
    file: 'statements.yaml',
    mutate: (statements: Data[]) => { delete statements.find((s) => s.kind === 'quote' && s.language === 'nl')!.translation; },
    expect: [/statements\.yaml/, /translation/, /needs an English translation/],
  },
  {
    name: 'a stance label without a published definition',
    file: 'stances.yaml',
    mutate: (stances: Data[]) => { stances.splice(stances.findIndex((s) => s.id === 'partly-addresses'), 1); },
    expect: [/stances\.yaml/, /no definition for stance "partly-addresses"/],
  },
];

/** Applies a case's mutation to a claim's frontmatter (keeping its body) or to a YAML data file. */
function breakFile(path: string, mutate: (data: any) => void): void {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.mdx')) {
    const [, frontmatter, ...body] = text.split(/^---$/m);
    const data = yaml.load(frontmatter!) as Data;
    mutate(data);
    writeFileSync(path, `---\n${yaml.dump(data)}---${body.join('---')}`);
  } else {
    const data = yaml.load(text) as Data[];
    mutate(data);
    writeFileSync(path, yaml.dump(data));
  }
}

function buildWith(content: string, outDir: string, cacheDir: string) {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
}

for (const badCase of CASES) {
  test(`the build stops on ${badCase.name}, naming the file and the field`, () => {
    const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
    try {
      const content = join(work, 'content');
      cpSync(join(ROOT, 'src/content'), content, { recursive: true });
      breakFile(join(content, badCase.file), badCase.mutate);
      const outDir = join(work, 'dist');
      const result = buildWith(content, outDir, join(work, 'cache'));
      const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      assert.notEqual(result.status, 0, 'the build succeeded on bad content');
      for (const pattern of badCase.expect) assert.match(output, pattern);
      assert.equal(existsSync(outDir), false, 'a failed build left a published folder behind');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}
