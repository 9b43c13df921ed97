/**
 * Bad content must stop the build with a message that names the file and the field, and must leave
 * the published folder untouched. Each case copies src/content, breaks it, and builds it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';

const ROOT = new URL('..', import.meta.url).pathname;

type Data = Record<string, any>;

/** One thing broken in one content file. */
interface Break {
  /** The file to break, relative to the content folder: a claim's frontmatter or a YAML data file. */
  file: string;
  /** Breaks the parsed data (a claim's frontmatter, or the list of a data file) in place. */
  mutate: (data: any) => void;
}

/**
 * One bad build: its breaks, and what the error must say (the file and the field of each).
 * A build costs seconds, so each proves one path from the content to the terminal, with every
 * problem that path reports at once; the rules themselves are tables of cases in src/schemas/*.test.ts
 * and src/lib/content/integrity.test.ts.
 */
interface BadCase {
  name: string;
  breaks: Break[];
  expect: RegExp[];
}

const CLAIM_FILE = 'claims/huawei-did-eavesdrop.mdx';
const claimFile = /claims\/huawei-did-eavesdrop\.mdx/;
/** A second claim, for breaks that would clash with the first one's. */
const OTHER_CLAIM_FILE = 'claims/capgemini-report-exists.mdx';
const eventsFile = /events\.yaml/;

const CASES: BadCase[] = [
  {
    name: "a claim's frontmatter that breaks its schema: a date YAML reads as a number",
    breaks: [{ file: CLAIM_FILE, mutate: (claim: Data) => { claim.published = 17042021; } }],
    expect: [/huawei-did-eavesdrop/, /published/, /YYYY-MM-DD/],
  },
  {
    name: 'an entry of a YAML data file that breaks its schema: a Dutch quote without our translation',
    breaks: [{ file: 'statements.yaml', mutate: (statements: Data[]) => { delete statements.find((s) => s.kind === 'quote' && s.language === 'nl')!.translation; } }],
    expect: [/statements\.yaml/, /translation/, /needs an English translation/],
  },
  {
    // The integrity check lists every dangling reference of the whole content in one error.
    name: 'references to entries that do not exist, responses missing or from a non-respondent, and a party in no lane: all reported at once',
    breaks: [
      { file: CLAIM_FILE, mutate: (claim: Data) => { claim.responses.kpn.statements[0] = 'kpn-statement-that-was-never-made'; } },
      { file: CLAIM_FILE, mutate: (claim: Data) => { claim.sources[0] = 'no-such-source'; } },
      { file: CLAIM_FILE, mutate: (claim: Data) => { claim.events[0] = 'no-such-event'; } },
      { file: CLAIM_FILE, mutate: (claim: Data) => { claim.rating = 'mostly-true'; } },
      { file: 'events.yaml', mutate: (events: Data[]) => { events[0]!.parties[0] = 'kpn-holding'; } },
      { file: 'glossary.yaml', mutate: (terms: Data[]) => { terms.find((term) => term.source)!.source = 'no-such-source'; } },
      // The story's respondents and lanes are checked on the same pass.
      { file: OTHER_CLAIM_FILE, mutate: (claim: Data) => { delete claim.responses.kpn; delete claim.responses.huawei; } },
      { file: CLAIM_FILE, mutate: (claim: Data) => { claim.responses.capgemini = { ...claim.responses.huawei }; } },
      { file: 'story.yaml', mutate: (story: Data[]) => { for (const lane of story[0]!.lanes) lane.parties = lane.parties.filter((id: string) => id !== 'nos'); } },
    ],
    expect: [
      claimFile,
      /responses\.kpn\.statements\[0\]: statement "kpn-statement-that-was-never-made" does not exist/,
      /huawei-did-eavesdrop\.mdx → sources\[0\]: source "no-such-source" does not exist/,
      /huawei-did-eavesdrop\.mdx → events\[0\]: event "no-such-event" does not exist/,
      /huawei-did-eavesdrop\.mdx → rating: rating "mostly-true" does not exist/,
      eventsFile, /events\.yaml \(entry "[^"]+"\) → parties\[0\]: party "kpn-holding" does not exist/,
      /glossary\.yaml \(entry "[a-z0-9-]+"\) → source: source "no-such-source" does not exist/,
      /capgemini-report-exists\.mdx → responses\.kpn: the response of respondent "kpn" is missing/,
      /capgemini-report-exists\.mdx → responses\.huawei: the response of respondent "huawei" is missing/,
      /huawei-did-eavesdrop\.mdx → responses\.capgemini: "capgemini" is not a respondent of the story/,
      /story\.yaml/, /lanes: party "nos"/, /is in no lane/,
    ],
  },
  {
    // Within the schema's 75 characters, but one word wider than the share card's line at its smallest size.
    name: 'a short form that cannot fit the share card',
    breaks: [{ file: CLAIM_FILE, mutate: (claim: Data) => { claim.shortForm = 'Huawei could read Telecommunicatiebeveiligingsmaatregelenoverzichtenlijst'; } }],
    expect: [claimFile, /shortForm/, /does not fit the share card/, /wider than the card's \d+ px line/],
  },
  {
    name: 'a stance label without a published definition',
    breaks: [{ file: 'stances.yaml', mutate: (stances: Data[]) => { stances.splice(stances.findIndex((s) => s.id === 'partly-addresses'), 1); } }],
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

function buildWith(content: string, outDir: string, cacheDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

// One build at a time: builds of one project share its .astro/ folder (prerendered chunks), and two
// at once overwrite each other's.
describe('bad content', { concurrency: 1 }, () => {
  for (const badCase of CASES) {
    test(`the build stops on ${badCase.name}, naming the file and the field`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
      try {
        const content = join(work, 'content');
        // English only: with the Dutch edition in the copy, every break of an English field would first
        // stop the build as a stale translation (scripts/translations.test.ts proves that message).
        cpSync(join(ROOT, 'src/content'), content, { recursive: true, filter: (source) => source !== join(ROOT, 'src/content/nl') });
        for (const { file, mutate } of badCase.breaks) breakFile(join(content, file), mutate);
        const outDir = join(work, 'dist');
        const result = await buildWith(content, outDir, join(work, 'cache'));
        const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
        assert.notEqual(result.status, 0, 'the build succeeded on bad content');
        for (const pattern of badCase.expect) assert.match(output, pattern);
        assert.equal(existsSync(outDir), false, 'a failed build left a published folder behind');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  }
});
