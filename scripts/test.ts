/**
 * `npm test`: every test, in order, with one summary line at the end.
 *   1. astro check (types and templates)   2. unit tests of src/lib and scripts (node --test)
 *   3. the site build                        4. build-level tests of scripts/ (node --test): bad-content
 *      fixtures, links, budgets, the W3C checker (vnu, needs Java) and dist/nginx.conf in real nginx
 *   5. Playwright end-to-end tests against the built site.
 * It provisions Chromium first when the machine has none. The last line is `N passed, N failed`,
 * summing every test of every stage; a failing stage that has no tests of its own counts as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.ts';
import { PREVIEW_PORT, TEST_DIST } from '../playwright.config.ts';

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
if (wanted('build')) {
  // The embed tests paste the published snippet into a page on another origin: build it for the
  // origin the tests serve the site from, as a newsroom builds it for its own domain.
  // Into its own folder: dist/ is what gets published, and must never hold localhost addresses.
  const ok = run(process.execPath, ['scripts/build.ts'], { SITE_URL: process.env.SITE_URL ?? `http://localhost:${PREVIEW_PORT}`, OUT_DIR: TEST_DIST }).status === 0;
  stage('build', ok);
  built = ok;
}
if (wanted('fixtures')) nodeTest(['scripts/**/*.test.ts'], { TEST_DIST });
if (wanted('e2e')) {
  if (!built) {
    failed += 1;
    console.error('✖ end-to-end tests skipped: the site did not build');
  } else {
    ensureChromium();
    rmSync('test-results/e2e.json', { force: true });
    const { status } = run('npx', ['playwright', 'test'], { CI: process.env.CI ?? '1' });
    if (existsSync('test-results/e2e.json')) {
      const stats = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
      passed += stats.expected + stats.flaky;
      failed += stats.unexpected;
      if (status !== 0 && stats.unexpected === 0) failed += 1;
    } else failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
