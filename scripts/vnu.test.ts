/**
 * The W3C Nu Html Checker (vnu, from the vnu-jar package) over every HTML page and stylesheet of the
 * test build, in one Java run (the checker takes seconds to start). Zero errors are required. The
 * embed snippet's preview iframes are reported in a test of their own, so that their two known kinds
 * of error (issue 11) cannot hide any other.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { findExecutable } from './lib/findExecutable.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const TEST_DIST = resolve(ROOT, process.env.TEST_DIST ?? 'dist-test');
const JAVA = findExecutable('java', ['/usr/bin/java']);
const VNU_JAR = (() => {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
  } catch {
    return undefined;
  }
})();

interface Message {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The errors about the embed preview iframe's width and sandbox attributes. */
const isPreviewIframe = (message: Message) => /attribute “(width|sandbox)” on element “iframe”/.test(message.message);

/** The errors grouped by message, each with the pages and lines it occurs on: short enough to read when many pages share one. */
function summary(found: Message[]): string {
  const byMessage = new Map<string, string[]>();
  for (const message of found) {
    const where = `${relative(TEST_DIST, new URL(message.url).pathname)}:${message.lastLine ?? '?'}`;
    byMessage.set(message.message, [...(byMessage.get(message.message) ?? []), where]);
  }
  const pages = new Set(found.map((message) => message.url)).size;
  return [`${found.length} errors on ${pages} pages:`, ...[...byMessage].map(([text, where]) => `  ${where.length} × ${text}
     at ${where.join(', ')}`)].join('\n');
}

function builtFiles(extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.some((extension) => name.endsWith(extension))) found.push(path);
    }
  };
  walk(TEST_DIST);
  return found;
}

let errors: Message[] = [];
let checked = 0;

const missing = [
  ...(JAVA ? [] : ['java 11 or later (Debian: apt-get install default-jre-headless; .ci/run installs it)']),
  ...(VNU_JAR && existsSync(VNU_JAR) ? [] : ['the vnu-jar package (npm install)']),
  ...(existsSync(TEST_DIST) ? [] : [`the test build ${TEST_DIST} (TEST_ONLY=build)`]),
];

before(() => {
  if (missing.length > 0) return;
  const files = builtFiles(['.html', '.css']);
  checked = files.length;
  // One short run of the checker: the JVM's first-tier compiler only, and one garbage-collector thread.
  // Its optimising compiler and parallel collector spent more CPU than they saved in a 10 s run, on
  // both cores while the end-to-end tests wanted one (19 core-seconds against 8, measured); the flags
  // change how fast Java runs the checker, never what it reports. First-tier code takes more stack:
  // the checker's schema walk overflows the default, as its own message says, so it gets 4 MB.
  const result = spawnSync(JAVA!, ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m', '-jar', VNU_JAR!, '--errors-only', '--also-check-css', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // vnu exits 1 when it found errors and writes its report to stderr; anything unreadable is a failed run.
  let report: { messages: Message[] };
  try {
    report = JSON.parse(result.stderr || result.stdout);
  } catch {
    throw new Error(`vnu did not run (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
  }
  errors = report.messages.filter((message) => message.type === 'error' || message.type === 'non-document-error');
});

test('every built page and stylesheet passes the W3C HTML checker (vnu)', () => {
  assert.deepEqual(missing, [], `The HTML check cannot run: missing ${missing.join('; ')}.`);
  assert.ok(checked > 50, `only ${checked} files checked`);
  const found = errors.filter((message) => !isPreviewIframe(message));
  if (found.length > 0) assert.fail(summary(found));
});

test("the embed code's preview iframes pass the W3C HTML checker (width and sandbox)", () => {
  assert.deepEqual(missing, [], `The HTML check cannot run: missing ${missing.join('; ')}.`);
  const found = errors.filter(isPreviewIframe);
  // Issue 11: width must be a number of pixels, and the same-origin preview must not combine
  // allow-scripts with allow-same-origin (together they let a frame lift its own sandbox).
  if (found.length > 0) assert.fail(`The embed previews fail the HTML checker (issue 11). ${summary(found)}`);
});
