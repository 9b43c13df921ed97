/**
 * `npm test`: every test, in order, with one summary line at the end.
 *   1. astro check (types and templates)   2. unit tests of src/lib and scripts (node --test)
 *   3. the site build                        4. build-level tests of scripts/ (node --test): bad-content
 *      fixtures, links, budgets, the W3C checker (vnu, needs Java) and dist/nginx.conf in real nginx
 *   5. Playwright end-to-end tests against the built site, then the story checks (claims, timeline,
 *      embeds, proof, example label) against the fictional example story, built from EXAMPLE_CONTENT
 *      into its own folder, so that the code is tested as a kit and not only on the story it publishes.
 * It provisions Chromium first when the machine has none. The last line is `N passed, N failed`,
 * summing every test of every stage; a failing stage that has no tests of its own counts as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.ts';
import { PREVIEW_PORT, TEST_DIST } from '../playwright.config.ts';

/** The second, fictional story the suite builds and tests beside the published one (never published). */
const EXAMPLE_CONTENT = 'examples/three-parties';
const EXAMPLE_DIST = 'dist-example';
/** Its own Astro cache: the content layer's store belongs to one content folder. */
const EXAMPLE_CACHE = 'node_modules/.astro-example';

let passed = 0;
let failed = 0;
const only = process.env.TEST_ONLY?.split(',');
const wanted = (stage: string) => !only || only.includes(stage);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  process.stdout.write(result.stdout ?? '');
  return { status: result.status ?? 1, stdout: result.stdout ?? '' };
}

/** Counts from node's test runner (its closing "ℹ pass N" / "ℹ fail N" lines). */
function nodeTest(files: string[], env: NodeJS.ProcessEnv = {}) {
  const { status, stdout } = run(process.execPath, ['--test', '--test-reporter=spec', ...files], env);
  const pass = Number(/ℹ pass (\d+)/.exec(stdout)?.[1] ?? 0);
  const fail = Number(/ℹ fail (\d+)/.exec(stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail + (status !== 0 && fail === 0 ? 1 : 0);
}

function stage(name: string, ok: boolean) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`✖ ${name} failed`);
  }
}

if (wanted('check')) stage('astro check', run('npx', ['astro', 'check']).status === 0);
if (wanted('unit')) nodeTest(['src/**/*.test.ts']);
let built = existsSync(TEST_DIST);
let exampleBuilt = existsSync(EXAMPLE_DIST);
if (wanted('build')) {
  // The embed tests paste the published snippet into a page on another origin: build it for the
  // origin the tests serve the site from, as a newsroom builds it for its own domain.
  // Into its own folder: dist/ is what gets published, and must never hold localhost addresses.
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${PREVIEW_PORT}`;
  const ok = run(process.execPath, ['scripts/build.ts'], { SITE_URL: siteUrl, OUT_DIR: TEST_DIST }).status === 0;
  stage('build', ok);
  built = ok;
  // The example story, with no code change: only the content folder differs.
  const exampleOk =
    run(process.execPath, ['scripts/build.ts'], { SITE_URL: siteUrl, OUT_DIR: EXAMPLE_DIST, CONTENT_DIR: EXAMPLE_CONTENT, ASTRO_CACHE_DIR: EXAMPLE_CACHE }).status === 0;
  stage(`build of the example story (${EXAMPLE_CONTENT})`, exampleOk);
  exampleBuilt = exampleOk;
}
if (wanted('fixtures')) nodeTest(['scripts/**/*.test.ts'], { TEST_DIST });
/** One Playwright run over one story; its JSON report is named after the story's project (playwright.config.ts). */
function playwright(project: string, env: NodeJS.ProcessEnv = {}) {
  const report = `test-results/e2e-${project}.json`;
  rmSync(report, { force: true });
  const { status } = run('npx', ['playwright', 'test'], { CI: process.env.CI ?? '1', ...env });
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    if (status !== 0 && stats.unexpected === 0) failed += 1;
  } else failed += 1;
}

if (wanted('e2e')) {
  if (!built) {
    failed += 1;
    console.error('✖ end-to-end tests skipped: the site did not build');
  } else {
    ensureChromium();
    playwright('chromium');
  }
  if (!exampleBuilt) {
    failed += 1;
    console.error(`✖ end-to-end tests of the example story skipped: ${EXAMPLE_CONTENT} did not build`);
  } else {
    ensureChromium();
    // The same ports, one run after the other: Astro serves one preview per project directory at a time.
    playwright('example', { CONTENT_DIR: EXAMPLE_CONTENT, TEST_DIST: EXAMPLE_DIST });
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
