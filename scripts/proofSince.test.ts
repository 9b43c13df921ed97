/**
 * The proof of changes end to end, on a temporary clone of this repository: commit a changed verdict
 * (no updates entry) and a changed rating (with one), run `review:pdf --since` the previous commit,
 * and read the result as an editor would: the PDF's text (pdftotext) and the HTML proof it was
 * printed from. The unit tests in src/lib/review iterate the diff over every claim; this test holds
 * the whole pipeline (git, build, page, PDF, exit codes) to it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'proof-since-'));
const clone = join(work, 'repo');
const out = join(work, 'out');
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Proof test', '-c', 'user.email=proof@example.invalid', ...args], { cwd: clone, encoding: 'utf8' }).trim();

execFileSync('git', ['clone', '--quiet', '--no-checkout', ROOT, clone]);
git('checkout', '--quiet', execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim());
symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const claimsDir = join(clone, 'src/content/claims');
// The clone's story, committed before the changes under test: English only (an English change with the
// Dutch edition in the clone would stop the build as a stale translation first; scripts/translations.test.ts
// proves that message), and its first KEPT_CLAIMS claims only. The pipeline is the same for five claims
// as for thirty, and each of the two runs below builds the site and prints a proof of every kept claim
// (150 A4 pages for the whole story). The unit tests in src/lib/review iterate the diff over every claim.
const KEPT_CLAIMS = 5;
rmSync(join(clone, 'src/content/nl'), { recursive: true, force: true });
for (const name of readdirSync(claimsDir)) {
  const number = Number(/^number: (\d+)$/m.exec(readFileSync(join(claimsDir, name), 'utf8'))?.[1]);
  if (number > KEPT_CLAIMS) rmSync(join(claimsDir, name));
}
git('add', '--all');
git('commit', '--quiet', '-m', `Test: the story in English, its first ${KEPT_CLAIMS} claims`);
const files = readdirSync(claimsDir).filter((name) => name.endsWith('.mdx')).sort();
const read = (name: string) => readFileSync(join(claimsDir, name), 'utf8');
const field = (name: string, key: string) => new RegExp(`^${key}: "?(.*?)"?$`, 'm').exec(read(name))![1]!;
const ratingLabel = (id: string) => new RegExp(`- id: ${id}\\n\\s+label: (.+)`).exec(readFileSync(join(clone, 'src/content/ratings.yaml'), 'utf8'))![1]!;
const addUpdate = (text: string, change: string) =>
  /^updates: \[\]$/m.test(text)
    ? text.replace(/^updates: \[\]$/m, `updates:\n  - date: "2026-12-01"\n    change: "${change}"`)
    : text.replace(/^(updates:\n(?:  .*\n)*)/m, `$1  - date: "2026-12-01"\n    change: "${change}"\n`);

// The first and the last claim file: one gets a new verdict and no log entry, the other a new rating and one.
const verdictFile = files[0]!;
const ratingFile = files.at(-1)!;
const verdictNumber = Number(field(verdictFile, 'number'));
const ratingNumber = Number(field(ratingFile, 'number'));
const oldVerdict = field(verdictFile, 'verdict');
const firstWord = oldVerdict.split(' ')[0]!;
const oldRating = field(ratingFile, 'rating');
const newRating = oldRating === 'disputed' ? 'confirmed' : 'disputed';
const allClaims = files.map((name) => ({ number: Number(field(name, 'number')), claim: field(name, 'claim') }));

function reviewPdf(args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/review-pdf.ts', ...args], { cwd: clone, encoding: 'utf8', env: { ...process.env, OUT_DIR: out } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const squash = (text: string) => text.replace(/\s+/g, '');
const html = () => readFileSync(join(out, 'review/index.html'), 'utf8');
/** The claim numbers listed under a heading of the cover ("changed", "added", "removed"). */
const listed = (page: string, list: string) => {
  const block = new RegExp(`data-list="${list}"[^>]*>([\\s\\S]*?)</ul>`).exec(page)?.[1] ?? '';
  return [...block.matchAll(/data-claim-number="(\d+)"/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
};
const articles = (page: string) =>
  [...page.matchAll(/<article class="review-claim[^"]*"[^>]*id="claim-(\d+)"[^>]*data-diff="(\w+)"[^>]*>([\s\S]*?)<\/article>/g)].map((match) => ({
    number: Number(match[1]),
    diff: match[2],
    body: match[3]!,
  }));

test('bad input: a revision that does not exist, or one before the content existed, gets a clear error and no build', () => {
  const missing = reviewPdf(['--since', 'no-such-revision-anywhere']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--since no-such-revision-anywhere: no such revision in this repository/);
  const root = git('rev-list', '--max-parents=0', 'HEAD');
  const early = reviewPdf(['--since', root]);
  assert.equal(early.status, 2);
  assert.match(early.stderr, /predates the content: src\/content\/claims does not exist there/);
  assert.equal(existsSync(out), false, 'nothing was built');
});

test('since the previous commit: the cover lists exactly the two changed claims, both words marked, --strict fails on the unlogged one only', { timeout: 600_000 }, () => {
  writeFileSync(join(claimsDir, verdictFile), read(verdictFile).replace(/^verdict: "([^ ]+) /m, 'verdict: "Zyxwv '));
  writeFileSync(join(claimsDir, ratingFile), addUpdate(read(ratingFile).replace(/^rating: .+$/m, `rating: ${newRating}`), `Rating changed from ${ratingLabel(oldRating)} to ${ratingLabel(newRating)}.`));
  git('commit', '--quiet', '-am', 'Test: a new verdict without a log entry, a new rating with one');

  const pdf = join(work, 'since.pdf');
  const run = reviewPdf(['--since', 'HEAD~1', '--strict', '--out', pdf]);
  assert.equal(run.status, 1, `--strict must fail on the unlogged verdict\n${run.stderr}`);
  assert.match(run.stderr, new RegExp(`Claim ${verdictNumber} \\(.*\\): changed without a logged correction`));
  assert.doesNotMatch(run.stderr, new RegExp(`Claim ${ratingNumber} \\(`), 'the logged rating change is not flagged');

  const page = html();
  assert.deepEqual(listed(page, 'changed'), [verdictNumber, ratingNumber].sort((a, b) => a - b));
  assert.deepEqual([listed(page, 'added'), listed(page, 'removed')], [[], []]);
  assert.match(page, new RegExp(`data-unchanged="${allClaims.length - 2}"`));
  const flagged = [...page.matchAll(/data-claim-number="(\d+)"[^>]*>(?:(?!<\/li>)[\s\S])*class="unlogged/g)].map((match) => Number(match[1]));
  assert.deepEqual(flagged, [verdictNumber]);
  // Unchanged claims carry no mark at all; the two changed ones do.
  const printed = articles(page);
  assert.equal(printed.length, allClaims.length);
  for (const article of printed) {
    const isChanged = article.number === verdictNumber || article.number === ratingNumber;
    assert.equal(article.diff, isChanged ? 'changed' : 'same', `claim ${article.number}`);
    assert.equal(/<(ins|del)\b|class="[^"]*\bchanged\b/.test(article.body), isChanged, `marks in claim ${article.number}`);
  }

  const text = squash(pdfText(pdf));
  assert.ok(text.includes(squash('Changed claims (2)')), 'cover heading');
  assert.ok(text.includes(squash(`${allClaims.length - 2} claims are unchanged.`)));
  assert.ok(text.includes(squash(`[-${firstWord}-]`)) && text.includes('{+Zyxwv+}'), 'old and new verdict words, marked');
  assert.ok(text.includes(squash(`[-${ratingLabel(oldRating)}-]`)) && text.includes(squash(`{+${ratingLabel(newRating)}+}`)), 'old and new rating, marked');
  assert.ok(text.includes(squash('changed without a logged correction')));
  assert.ok(text.includes(squash(`PROOF · rev. ${git('rev-parse', 'HEAD').slice(0, 10)}`)), 'the stamp names the revision');
});

test('once the verdict change is logged, --strict passes, and --changed-only prints only the two changed claims', { timeout: 600_000 }, () => {
  writeFileSync(join(claimsDir, verdictFile), addUpdate(read(verdictFile), 'Verdict reworded.'));
  git('commit', '--quiet', '-am', 'Test: log the verdict change');

  const pdf = join(work, 'changed-only.pdf');
  const run = reviewPdf(['--since', 'HEAD~2', '--strict', '--changed-only', '--out', pdf]);
  assert.equal(run.status, 0, run.stderr);
  const pages = Number(/\((\d+) pages/.exec(run.stdout)?.[1]);
  const printed = articles(html());
  assert.deepEqual(printed.map((article) => article.number).sort((a, b) => a - b), [verdictNumber, ratingNumber].sort((a, b) => a - b));
  const text = squash(pdfText(pdf));
  for (const { number, claim } of allClaims) {
    const expected = number === verdictNumber || number === ratingNumber;
    assert.equal(text.includes(squash(`${number}. ${claim}`)), expected, `claim ${number} in the changes-only PDF`);
  }
  assert.ok(text.includes(squash('Every claim whose sentence, rating or verdict changed has a new entry in its updates log.')));
  assert.ok(pages >= 3 && pages < 20, `a short proof (${pages} pages)`);
});
