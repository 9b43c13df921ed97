/**
 * Whole-build properties: links resolve at the root and under a sub-path, every content entry is
 * reachable, and two clean builds of one commit are byte-identical.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { checkLinks, htmlFiles } from './lib/linkCheck.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const ORIGIN = 'https://factcheck.example.org';
const SUB_PATH = '/factchecks/kpn-huawei/';
const work = mkdtempSync(join(tmpdir(), 'site-builds-'));
const sources = yaml.load(readFileSync(join(ROOT, 'src/content/sources.yaml'), 'utf8')) as Array<{ id: string; url: string; httpOnly?: boolean }>;
const HTTP_ONLY = new Set(sources.filter((s) => s.httpOnly).map((s) => s.url));
// One fixed time for every build here, as the reproducible-builds convention asks.
const EPOCH = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || '1764288000';

function build(name: string, args: string[] = []): string {
  const outDir = join(work, name);
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: ORIGIN, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `${name}-cache`), SOURCE_DATE_EPOCH: EPOCH },
  });
  assert.equal(result.status, 0, `build ${name} failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

const rootBuild = build('root');
const subPathBuild = build('sub-path', ['--base', SUB_PATH]);
test.after(() => rmSync(work, { recursive: true, force: true }));

test('every internal link, asset and fragment resolves in the root build', () => {
  assert.deepEqual(checkLinks({ dist: rootBuild, base: '/', origin: ORIGIN, httpOnly: HTTP_ONLY }), []);
});

test(`every internal link, asset and fragment resolves under the sub-path ${SUB_PATH}`, () => {
  assert.deepEqual(checkLinks({ dist: subPathBuild, base: SUB_PATH, origin: ORIGIN, httpOnly: HTTP_ONLY }), []);
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

test('two clean builds of the same commit are byte-identical', () => {
  const again = build('again');
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
  assert.deepEqual(different, []);
});

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
