/**
 * The builds the tests read, made once by `npm test`'s build stage and only read afterwards:
 *   - TEST_DIST (dist-test/): the site at the root, for the origin the end-to-end tests serve it from;
 *   - the sub-path build: the site under SUB_PATH, placed inside TEST_SUB_PATH_ROOT at its URL path
 *     as the README tells a deployer, for the link check and for nginx.
 * Both are kept apart from dist/, which is what gets published and must never hold test addresses.
 * A test that finds one missing fails and says to run the build stage (TEST_ONLY=build).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;
export const TEST_DIST = resolve(ROOT, process.env.TEST_DIST ?? 'dist-test');
export const SUB_PATH = '/factchecks/kpn-huawei/';
/** The origin the sub-path build is made for. */
export const SUB_PATH_ORIGIN = 'https://factcheck.example.org';
export const TEST_SUB_PATH_ROOT = resolve(ROOT, process.env.TEST_SUB_PATH_ROOT ?? 'dist-test-sub');
/** The sub-path build itself: its index.html is at TEST_SUB_PATH_ROOT + SUB_PATH. */
export const TEST_SUB_PATH_DIST = join(TEST_SUB_PATH_ROOT, SUB_PATH);

export interface BuildResult {
  status: number;
  output: string;
}

/** Runs scripts/build.ts (atomic: a failed build leaves no folder) with extra environment and arguments. */
export function build(env: NodeJS.ProcessEnv, args: string[] = []): Promise<BuildResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/build.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status: status ?? 1, output }));
  });
}

/** The root test build, for the origin the end-to-end tests serve it from. */
export const buildTestSite = (siteUrl: string) => build({ SITE_URL: siteUrl, OUT_DIR: TEST_DIST });

/** The sub-path test build. */
export const buildSubPathSite = () => build({ SITE_URL: SUB_PATH_ORIGIN, OUT_DIR: TEST_SUB_PATH_DIST }, ['--base', SUB_PATH]);

/** The second, fictional story the suite builds and tests beside the published one (never published). */
export const EXAMPLE_CONTENT = 'examples/three-parties';
export const EXAMPLE_DIST = resolve(ROOT, process.env.EXAMPLE_DIST ?? 'dist-example');
/** Its own Astro cache: the content layer's store belongs to one content folder. */
const EXAMPLE_CACHE = 'node_modules/.astro-example';

/** The example story's test build, for the same origin as the root build (the runs take turns on one port). */
export const buildExampleSite = (siteUrl: string) =>
  build({ SITE_URL: siteUrl, OUT_DIR: EXAMPLE_DIST, CONTENT_DIR: EXAMPLE_CONTENT, ASTRO_CACHE_DIR: EXAMPLE_CACHE });
