/**
 * `npm test`: every test, with one summary line at the end. Five stages, in two steps:
 *   1. unit tests of src/ and scripts/lib/ (node --test)  ‖  the root test build
 *      (scripts/lib/testBuilds.ts): the site at the root, for the end-to-end tests
 *   2. Playwright end-to-end tests against the root build, then the story checks (claims, timeline,
 *      embeds, proof, the page walk's label and print) against the example build, on the same ports
 *      ‖  the other test builds, one after the other: the site under a sub-path, for the link check
 *      and nginx, and the fictional example story (examples/three-parties), so that the code is tested
 *      as a kit, not only on the story it publishes; then the build-level tests of scripts/*.test.ts
 *      (node --test): bad-content builds, links, budgets, the W3C checker (vnu, needs Java),
 *      dist/nginx.conf in real nginx, the proof PDF; last, astro check (types and templates)
 * The machine has two cores and every stage is CPU-bound, so no core waits: the unit tests take one
 * while the root build takes the other, and the end-to-end run starts as soon as its build exists.
 * astro check comes last in its lane because it writes the project's .astro/ folder, which every build
 * of the project shares; the end-to-end lane only reads its builds. Every build is made once and only
 * read afterwards.
 * "‖" stages run at the same time (TEST_SERIAL=1 runs them one after the other); their output is
 * printed whole when each ends. Builds (and astro check) never overlap: they share the project's .astro/ folder.
 *
 * Totals come from the runners' machine-readable reports (node's JUnit in test-results-node/,
 * Playwright's JSON in test-results/), never from their human output. The last line is
 * `N passed, N failed`, summing every test of every stage; a stage that failed without a failed
 * test of its own, or left no report, counts as one failure.
 * Nothing is installed here: a missing browser, Java or nginx is named, and its tests fail.
 * TEST_ONLY=check,unit,build,fixtures,e2e (a comma list) selects stages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { findChromium, NO_CHROMIUM } from './browser.ts';
import { buildExampleSite, buildSubPathSite, buildTestSite, EXAMPLE_CONTENT, EXAMPLE_DIST, TEST_DIST, type BuildResult } from './lib/testBuilds.ts';
import { packageBin } from './lib/packageBin.ts';
import { readJUnit, readPlaywrightJson, type Totals } from './lib/testReports.ts';
import { PREVIEW_PORT } from '../playwright.config.ts';

const ROOT = new URL('..', import.meta.url).pathname;
/** node's JUnit reports: not in test-results/, which Playwright empties when it starts, maybe mid-way through another stage. */
const REPORTS = 'test-results-node';
const only = process.env.TEST_ONLY?.split(',');
const wanted = (stage: string) => !only || only.includes(stage);
const serial = process.env.TEST_SERIAL === '1';

interface StageResult {
  name: string;
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  /** The slowest test files, as the runner timed them. */
  files?: Map<string, number>;
}
const results: StageResult[] = [];

/**
 * Runs a command. Its output is kept and printed whole when it ends, so that stages which overlap do
 * not interleave; a `live` command (the long Playwright run) writes as it goes instead.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, live = false): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => (live ? process.stdout.write(chunk) : (output += chunk));
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('close', (status) => done({ status: status ?? 1, output }));
  });
}

function print(title: string, output: string) {
  console.log(`\n▶ ${title}\n${output.trimEnd()}`);
}

/** A stage whose only result is its exit status (astro check, a build): one test. */
async function commandStage(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<boolean> {
  const start = performance.now();
  const { status, output } = await run(command, args, env);
  print(`${name}: ${command} ${args.join(' ')}`, output);
  results.push({ name, seconds: (performance.now() - start) / 1000, passed: status === 0 ? 1 : 0, failed: status === 0 ? 0 : 1, skipped: 0 });
  if (status !== 0) console.error(`✖ ${name} failed`);
  return status === 0;
}

/**
 * A runner's totals from its report. A missing report, or a failed exit with no failed test in it,
 * counts as one failure: a stage can never pass by saying nothing.
 */
function settle(name: string, start: number, status: number, report: string, read: (text: string) => Totals, runner: string) {
  const totals: Totals = existsSync(report) ? read(readFileSync(report, 'utf8')) : { passed: 0, failed: 0, skipped: 0, secondsByFile: new Map() };
  if (!existsSync(report)) {
    totals.failed += 1;
    console.error(`✖ ${name}: no report in ${report}, so its tests cannot be counted`);
  } else if (status !== 0 && totals.failed === 0) {
    totals.failed = 1;
    console.error(`✖ ${name}: ${runner} exited ${status} without a failed test in its report`);
  }
  results.push({ name, seconds: (performance.now() - start) / 1000, ...totals, files: totals.secondsByFile });
}

/** node's test runner over some files: the spec reporter for people, JUnit for the totals. */
async function nodeTestStage(name: string, files: string[], extra: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const report = `${REPORTS}/${name}.junit.xml`;
  rmSync(report, { force: true });
  const start = performance.now();
  const { status, output } = await run(process.execPath, ['--test', ...extra, '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=junit', `--test-reporter-destination=${report}`, ...files], env);
  print(`${name}: node --test ${files.join(' ')}`, output);
  settle(name, start, status, report, readJUnit, 'node --test');
}

/**
 * One Playwright run over one story. The specs read that story's content when they load, and Astro
 * serves one preview per project directory at a time, so the stories take turns on the same ports.
 * Each run writes its JSON report to test-results/e2e-<project>.json (playwright.config.ts).
 */
async function e2eRun(project: 'chromium' | 'example', dist: string, env: NodeJS.ProcessEnv = {}) {
  const name = project === 'chromium' ? 'e2e' : 'e2e:example';
  const report = `test-results/e2e-${project}.json`;
  const start = performance.now();
  if (!existsSync(dist)) {
    console.error(`✖ ${name} not run: no test build in ${dist} (TEST_ONLY=build)`);
    results.push({ name, seconds: 0, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  if (!findChromium()) {
    console.error(`✖ ${name} not run: ${NO_CHROMIUM}`);
    results.push({ name, seconds: 0, passed: 0, failed: 1, skipped: 0 });
    return;
  }
  rmSync(report, { force: true });
  console.log(`\n▶ ${name}: playwright test (its lines are printed as they come)`);
  const { status } = await run(process.execPath, [packageBin('@playwright/test', 'playwright'), 'test'], { CI: process.env.CI ?? '1', ...env }, true);
  settle(name, start, status, report, readPlaywrightJson, 'Playwright');
}

/** Runs steps at the same time, or one after the other under TEST_SERIAL=1. */
async function together(...steps: Array<() => Promise<unknown>>) {
  if (serial) for (const step of steps) await step();
  else await Promise.all(steps.map((step) => step()));
}

const started = performance.now();
mkdirSync(REPORTS, { recursive: true });

// The end-to-end tests paste the published embed snippet into a page on another origin: the test
// builds are made for the origin the tests serve them from, as a newsroom builds for its own domain.
const siteUrl = process.env.SITE_URL ?? `http://localhost:${PREVIEW_PORT}`;

/** A build stage: its builds one after the other (builds of one project share its .astro/ folder); one test. */
async function buildStage(name: string, title: string, builds: Array<() => Promise<BuildResult>>): Promise<boolean> {
  const start = performance.now();
  const outputs: string[] = [];
  let ok = true;
  for (const make of builds) {
    const result: BuildResult = ok ? await make() : { status: 1, output: 'not built: an earlier build failed' };
    outputs.push(result.output);
    ok &&= result.status === 0;
  }
  print(`${name}: ${title}`, outputs.join('\n'));
  if (!ok) console.error(`✖ ${name} failed`);
  results.push({ name, seconds: (performance.now() - start) / 1000, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

await together(
  // The unit tests' files share one process: each file in a process of its own loaded TypeScript, d3
  // and Astro's renderer again, 66 times (30 s against 10 s, measured); none of them keeps global state.
  async () => { if (wanted('unit')) await nodeTestStage('unit', ['src/**/*.test.ts', 'scripts/lib/**/*.test.ts'], ['--test-isolation=none']); },
  async () => { if (wanted('build')) await buildStage('build', `the test site for ${siteUrl}`, [() => buildTestSite(siteUrl)]); },
);

/** Settles once the example story's build is made (or not wanted): its end-to-end run waits for it. */
let exampleBuilt!: () => void;
const exampleReady = new Promise<void>((resolve) => (exampleBuilt = resolve));

await together(
  // First under TEST_SERIAL=1: the example's run waits for its build.
  async () => {
    if (wanted('build')) {
      await buildStage('build:more', `the site under the sub-path, and the example story (${EXAMPLE_CONTENT})`, [buildSubPathSite, () => buildExampleSite(siteUrl)]);
    }
    exampleBuilt();
    // One test file at a time: several of them build, and builds of one project cannot overlap.
    if (wanted('fixtures')) await nodeTestStage('fixtures', ['scripts/*.test.ts'], ['--test-concurrency=1']);
    // After every build of the project: astro check regenerates .astro/, which the builds share.
    if (wanted('check')) await commandStage('check', process.execPath, [packageBin('astro'), 'check']);
  },
  async () => {
    if (!wanted('e2e')) return;
    await e2eRun('chromium', TEST_DIST);
    await exampleReady;
    // The specs resolve TEST_DIST from the project folder: hand it over relative.
    await e2eRun('example', EXAMPLE_DIST, { CONTENT_DIR: EXAMPLE_CONTENT, TEST_DIST: relative(ROOT, EXAMPLE_DIST) });
  },
);

const wall = (performance.now() - started) / 1000;
const passed = results.reduce((sum, stage) => sum + stage.passed, 0);
const failed = results.reduce((sum, stage) => sum + stage.failed, 0);
console.log('\nstage      seconds  passed  failed  skipped  slowest files (seconds in their tests)');
for (const stage of results) {
  const slowest = [...(stage.files ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([file, seconds]) => `${relative(ROOT, file) || file} ${seconds.toFixed(0)}`).join(', ');
  console.log(`${stage.name.padEnd(10)} ${stage.seconds.toFixed(0).padStart(7)}  ${String(stage.passed).padStart(6)}  ${String(stage.failed).padStart(6)}  ${String(stage.skipped).padStart(7)}  ${slowest}`);
}
console.log(`wall time ${wall.toFixed(0)} s${serial ? ' (serial)' : ''}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
