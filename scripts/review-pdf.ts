/**
 * `npm run review:pdf [-- --letter] [-- --lang nl] [-- --out file.pdf]`: writes the print proof (/review/,
 * or the Dutch edition's /nl/review/ with --lang nl) of the
 * built site as a PDF with Chromium: the CSS page size (A4, or US Letter with --letter), backgrounds
 * where colour carries meaning, a tagged PDF with an outline and XMP metadata. Prints where it wrote
 * it and its page count. Run `npm run build` first; the base path of that build is read from dist/.
 *
 * `--since <rev>`: the proof of the changes since a signed revision. The script builds the site with
 * REVIEW_SINCE=<rev> into its own folder (dist-proof/, or OUT_DIR), so dist/ is left alone, and the
 * proof marks every inserted and deleted word. `--changed-only` prints only the changed and added
 * claims. `--strict` exits 1 when a claim's sentence, rating or verdict changed without a new entry
 * in its updates log (the PDF is still written, so the editor can see why).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { proofOfChanges, resolveRevision, RevisionError } from '../src/data/reviewSince.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  return value;
};
function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
const letter = args.includes('--letter');
const since = option('--since');
const changedOnly = args.includes('--changed-only');
const strict = args.includes('--strict');
if ((changedOnly || strict) && !since) fail('--changed-only and --strict need --since <revision>');
const contentDir = process.env.CONTENT_DIR ?? './src/content';
// The edition: English at the root, another language in its folder (/nl/review/).
const lang = option('--lang') ?? 'en';
if (!/^[a-z]{2}$/.test(lang)) fail(`--lang takes a language code such as nl, not "${lang}"`);
const folder = lang === 'en' ? '' : `${lang}/`;

let dist = resolve(process.env.OUT_DIR ?? 'dist');
if (since) {
  // Bad input first, before a build: a revision that does not exist or predates the content.
  try {
    resolveRevision(since, contentDir);
  } catch (error) {
    if (error instanceof RevisionError) fail(error.message);
    throw error;
  }
  dist = resolve(process.env.OUT_DIR ?? 'dist-proof');
  console.log(`Building the proof of changes since ${since} into ${dist}…`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist, REVIEW_SINCE: since, REVIEW_CHANGED_ONLY: changedOnly ? '1' : '' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const suffix = since ? `-since-${since.replace(/[^\w.-]+/g, '_')}${changedOnly ? '-changed' : ''}` : '';
// Named for the story the content folder tells (its slug), so the next story's proofs carry its own name.
const storySlug = (yaml.load(readFileSync(join(contentDir, 'story.yaml'), 'utf8')) as Array<{ slug: string }>)[0]!.slug;
const out = resolve(option('--out') ?? `dist-pdf/${storySlug}-review-${lang === 'en' ? '' : `${lang}-`}${letter ? 'letter' : 'a4'}${suffix}.pdf`);
const reviewFile = `${dist}/${folder}review/${letter ? 'letter/' : ''}index.html`;
if (!existsSync(reviewFile)) {
  console.error(`No ${reviewFile}: run \`npm run build\` first.`);
  process.exit(1);
}
const html = readFileSync(reviewFile, 'utf8');
// Loaded only now, once the input is known to be good: Astro (for its preview server), Playwright and
// pdf-lib take seconds to import, which a mistyped revision should not have to wait for.
const [{ chromium }, { CHROMIUM_LAUNCH, ensureChromium }, { previewBuilt }, { addPdfMetadata, countPdfPages }] = await Promise.all([
  import('@playwright/test'),
  import('./browser.ts'),
  import('./lib/preview.ts'),
  import('./lib/pdf.ts'),
]);
// The build may live under a sub-path: serve dist/ there so its links and assets resolve.
const base = /<link rel="icon" href="([^"]*?)favicon\.svg"/.exec(html)?.[1] ?? '/';
const { url, stop } = await previewBuilt(dist, base);
const browser = await chromium.launch({ executablePath: ensureChromium(), ...CHROMIUM_LAUNCH });
try {
  const page = await browser.newPage();
  const response = await page.goto(`${url}${base}${folder}review/${letter ? 'letter/' : ''}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The review page answered ${response?.status()}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  mkdirSync(dirname(out), { recursive: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  const title = await page.title();
  const language = (await page.locator('html').getAttribute('lang')) ?? 'en';
  writeFileSync(out, await addPdfMetadata(pdf, { title, language, producer: `${storySlug} review:pdf (Chromium, pdf-lib)` }));
  console.log(`Wrote ${out} (${countPdfPages(readFileSync(out))} pages, ${letter ? 'US Letter' : 'A4'})`);
} finally {
  await browser.close();
  await stop();
}

if (since) {
  // The same comparison the cover was built from (same function, same inputs).
  const { changes } = proofOfChanges(since, undefined, contentDir);
  console.log(`Since ${since}: ${changes.changed.length} changed, ${changes.added.length} added, ${changes.removed.length} removed, ${changes.unchanged} unchanged.`);
  for (const diff of changes.unlogged) console.error(`Claim ${diff.number} (${diff.slug}): changed without a logged correction`);
  if (strict && changes.unlogged.length > 0) {
    console.error(`--strict: ${changes.unlogged.length} claim(s) changed without a logged correction.`);
    process.exit(1);
  }
}
