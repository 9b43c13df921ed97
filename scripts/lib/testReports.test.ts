import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJUnit, readPlaywrightJson } from './testReports.ts';

/** Runs node's test runner on a file as `npm test` does, writing a JUnit report (not reporting to this test run). */
function junitOf(file: string, report: string) {
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  return spawnSync(process.execPath, ['--test', '--test-reporter=junit', `--test-reporter-destination=${report}`, file], { encoding: 'utf8', env });
}

test("node's own JUnit report of a run with passes, failures, a failed hook, skips and todos is counted as node counts it", () => {
  // A real report, written by this node for a file whose outcome is known, rather than a hand-written one.
  const work = mkdtempSync(join(tmpdir(), 'junit-'));
  try {
    const file = join(work, 'sample.test.mjs');
    writeFileSync(file, [
      "import { test, describe, before } from 'node:test';",
      "test('passes, with <markup> & an ampersand', () => {});",
      "test('fails', () => { throw new Error('x < y'); });",
      "test.skip('is skipped', () => {});",
      "test.todo('is to do');",
      "describe('a suite', () => { test('passes inside', () => {}); test('fails inside', () => { throw new Error('no'); }); });",
      "describe('a suite whose hook fails', () => { before(() => { throw new Error('hook'); }); test('never runs', () => {}); });",
    ].join('\n'));
    const report = join(work, 'report.xml');
    const run = junitOf(file, report);
    assert.notEqual(run.status, 0);
    const totals = readJUnit(readFileSync(report, 'utf8'));
    assert.deepEqual({ passed: totals.passed, failed: totals.failed, skipped: totals.skipped }, { passed: 2, failed: 3, skipped: 2 });
    assert.deepEqual([...totals.secondsByFile.keys()], [file]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a file that cannot even load counts as a failure', () => {
  const work = mkdtempSync(join(tmpdir(), 'junit-'));
  try {
    const file = join(work, 'broken.test.mjs');
    writeFileSync(file, "import './does-not-exist.mjs';\n");
    const report = join(work, 'report.xml');
    junitOf(file, report);
    const totals = readJUnit(readFileSync(report, 'utf8'));
    assert.equal(totals.failed, 1);
    assert.equal(totals.passed, 0);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test("Playwright's JSON: flaky counts as passed, unexpected as failed, and time is summed per spec file", () => {
  const result = (duration: number) => ({ results: [{ duration }] });
  const totals = readPlaywrightJson(JSON.stringify({
    stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 2 },
    suites: [
      { file: 'a.spec.ts', specs: [{ file: 'a.spec.ts', tests: [result(1000)] }], suites: [{ file: 'a.spec.ts', specs: [{ file: 'a.spec.ts', tests: [result(500)] }] }] },
      { file: 'b.spec.ts', specs: [{ file: 'b.spec.ts', tests: [result(250), result(250)] }] },
    ],
  }));
  assert.deepEqual({ passed: totals.passed, failed: totals.failed, skipped: totals.skipped }, { passed: 4, failed: 1, skipped: 2 });
  assert.deepEqual([...totals.secondsByFile], [['a.spec.ts', 1.5], ['b.spec.ts', 0.5]]);
});
