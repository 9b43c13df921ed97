/**
 * Totals of a test run from the runners' machine-readable reports, not from their human output:
 * node's test runner writes JUnit XML (`--test-reporter=junit`), Playwright its JSON reporter.
 * Each gives passed, failed and skipped counts, and the time spent per test file.
 */

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  /** Seconds spent in the tests of each file (as the runner timed them), by file path. */
  secondsByFile: Map<string, number>;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Reads node's JUnit report: every <testcase> is one test; it failed when it holds a <failure>,
 * was skipped (or todo) when it holds a <skipped>. Suites (<testsuite>) are not tests themselves.
 * Node escapes "<" but not ">" in attributes, so a tag ends at the first ">" outside quotes.
 */
export function readJUnit(xml: string): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0, secondsByFile: new Map() };
  for (const match of xml.matchAll(/<testcase\b((?:[^>"]|"[^"]*")*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const tag = match[1]!;
    const body = match[3] ?? '';
    if (/<failure\b/.test(body)) totals.failed += 1;
    else if (/<skipped\b/.test(body)) totals.skipped += 1;
    else totals.passed += 1;
    const file = unescape(attribute(tag, 'file') ?? '(unknown file)');
    totals.secondsByFile.set(file, (totals.secondsByFile.get(file) ?? 0) + Number(attribute(tag, 'time') ?? 0));
  }
  return totals;
}

interface PlaywrightSuite {
  file?: string;
  specs?: Array<{ file?: string; tests: Array<{ results: Array<{ duration: number }> }> }>;
  suites?: PlaywrightSuite[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

/**
 * Reads Playwright's JSON report: expected (and flaky, which passed on a retry) count as passed,
 * unexpected as failed. Time per spec file is the sum of its tests' durations (over all workers).
 */
export function readPlaywrightJson(json: string): Totals {
  const report = JSON.parse(json) as PlaywrightReport;
  const secondsByFile = new Map<string, number>();
  const walk = (suite: PlaywrightSuite, file: string) => {
    for (const spec of suite.specs ?? []) {
      const where = spec.file ?? file;
      const ms = spec.tests.flatMap((test) => test.results).reduce((sum, result) => sum + result.duration, 0);
      secondsByFile.set(where, (secondsByFile.get(where) ?? 0) + ms / 1000);
    }
    for (const child of suite.suites ?? []) walk(child, child.file ?? file);
  };
  for (const suite of report.suites) walk(suite, suite.file ?? '(unknown file)');
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped, secondsByFile };
}
