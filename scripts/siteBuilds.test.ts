/**
 * Whole-build properties: links resolve at the root and under a sub-path, every content entry is
 * reachable, and two clean builds of one commit are byte-identical.
 * They read the test builds that npm test's build stage made (scripts/lib/testBuilds.ts); only the
 * reproducibility test builds again, from a clean cache, to compare with the root test build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { checkLinks, htmlFiles } from './lib/linkCheck.ts';
import { build, SUB_PATH, SUB_PATH_ORIGIN, TEST_DIST, TEST_SUB_PATH_DIST } from './lib/testBuilds.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const sources = yaml.load(readFileSync(join(ROOT, 'src/content/sources.yaml'), 'utf8')) as Array<{ id: string; url: string; httpOnly?: boolean }>;
const HTTP_ONLY = new Set(sources.filter((s) => s.httpOnly).map((s) => s.url));

const missing = [TEST_DIST, TEST_SUB_PATH_DIST].filter((dist) => !existsSync(join(dist, 'index.html')));
const rootBuild = TEST_DIST;
const subPathBuild = TEST_SUB_PATH_DIST;
/** The origin the root test build was made for, as its home page states it (its canonical URL). */
const ORIGIN = missing.length > 0 ? '' : new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(rootBuild, 'index.html'), 'utf8'))![1]!).origin;

test('the test builds exist', () => {
  assert.deepEqual(missing, [], 'build the test sites first: TEST_ONLY=build npm test');
});

test('every internal link, asset and fragment resolves in the root build', () => {
  assert.deepEqual(checkLinks({ dist: rootBuild, base: '/', origin: ORIGIN, httpOnly: HTTP_ONLY }), []);
});

test(`every internal link, asset and fragment resolves under the sub-path ${SUB_PATH}`, () => {
  assert.deepEqual(checkLinks({ dist: subPathBuild, base: SUB_PATH, origin: SUB_PATH_ORIGIN, httpOnly: HTTP_ONLY }), []);
  const home = readFileSync(join(subPathBuild, 'index.html'), 'utf8');
  assert.match(home, new RegExp(`href="${SUB_PATH}claims/`), 'links carry the sub-path');
  const headers = readFileSync(join(subPathBuild, '_headers'), 'utf8');
  assert.match(headers, new RegExp(`^${SUB_PATH}embed/\\*$`, 'm'), '_headers rules carry the sub-path');
});

test('every claim, statement, event and source is reachable from a page, and every source is cited', () => {
  const all = htmlFiles(rootBuild).map((file) => readFileSync(file, 'utf8')).join('\n');
  const content = (file: string) => yaml.load(readFileSync(join(ROOT, 'src/content', file), 'utf8')) as Array<{ id: string }>;
  const missing: string[] = [];
  for (const file of readdirSync(join(ROOT, 'src/content/claims'))) {
    const slug = file.replace(/\.mdx$/, '');
    if (!all.includes(`href="/claims/${slug}/"`)) missing.push(`claim ${slug}`);
  }
  for (const { id } of content('statements.yaml')) if (!all.includes(`id="statement-${id}"`)) missing.push(`statement ${id}`);
  for (const { id } of content('events.yaml')) if (!all.includes(`id="event-${id}"`)) missing.push(`event ${id}`);
  const sourcesPage = readFileSync(join(rootBuild, 'sources/index.html'), 'utf8');
  for (const { id } of content('sources.yaml')) if (!sourcesPage.includes(`id="source-${id}"`)) missing.push(`source ${id} (cited nowhere, or not on the sources page)`);
  assert.deepEqual(missing, []);
});

test('two clean builds of the same commit are byte-identical', async () => {
  // Built again from a clean cache, for the same origin, and compared with the test build.
  const work = mkdtempSync(join(tmpdir(), 'site-builds-'));
  const again = join(work, 'again');
  try {
    const result = await build({ SITE_URL: ORIGIN, OUT_DIR: again, ASTRO_CACHE_DIR: join(work, 'cache') });
    assert.equal(result.status, 0, `the second build failed:\n${result.output}`);
    compare(again);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

function compare(again: string) {
  const list = (dir: string) => {
    const files: string[] = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(relative(dir, path));
      }
    };
    walk(dir);
    return files.sort();
  };
  const files = list(rootBuild);
  assert.deepEqual(list(again), files);
  const different = files.filter((file) => !readFileSync(join(rootBuild, file)).equals(readFileSync(join(again, file))));
  assert.deepEqual(different, [], `these files differ from ${rootBuild}; if the tree changed since that build, rebuild it (TEST_ONLY=build)`);
}

test('no page repeats an id, so every #fragment has one target', () => {
  const repeated: string[] = [];
  for (const file of htmlFiles(rootBuild)) {
    const seen = new Set<string>();
    for (const [, id] of readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)) {
      if (seen.has(id!)) repeated.push(`${relative(rootBuild, file)}: ${id}`);
      seen.add(id!);
    }
  }
  assert.deepEqual(repeated, []);
});
