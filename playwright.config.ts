import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH, findChromium } from './scripts/browser.ts';
import { packageBin } from './scripts/lib/packageBin.ts';

/** The built site is served by `astro preview`; the embed tests add a host page on another origin. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const HOST_PORT = Number(process.env.HOST_PORT ?? 4330);

/**
 * Which story the suite tests. By default the real one (src/content); with CONTENT_DIR set to another
 * content folder (the fictional examples/three-parties), that story, built into its own folder. One run
 * tests one story: the specs read the content at load time (e2e/support/content.ts, from the same
 * variable), and Astro serves one preview per project directory at a time, so `npm test` runs the
 * suite once per story, one after the other, on the same ports.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'src/content';
const IS_PUBLISHED_STORY = CONTENT_DIR.replace(/^\.\//, '').replace(/\/$/, '') === 'src/content';
/** The Playwright project, one per story: `chromium` for the published story, `example` for the other. */
export const STORY_PROJECT = IS_PUBLISHED_STORY ? 'chromium' : 'example';
/** The tests' own build (npm test makes it), kept apart from dist/, which is what gets published. */
export const TEST_DIST = process.env.TEST_DIST ?? (IS_PUBLISHED_STORY ? 'dist-test' : 'dist-example');
/**
 * The checks every story gets (issue 12): its claims, its timeline, its embeds, its proof, the
 * story-wide checks (the example label, and that no example leaks into the published site) and the
 * page walk's steps for every story (everyPage.spec.ts: the label and print on every page). The
 * published story runs every spec.
 */
const EVERY_STORY_SPECS = ['claims', 'timeline', 'embed', 'print', 'story', 'shareCards', 'everyPage'].map((name) => `${name}.spec.ts`);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  // Each story's artifacts and report apart, so that the second run does not clean away the first.
  outputDir: `test-results/${STORY_PROJECT}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: `test-results/e2e-${STORY_PROJECT}.json` }]],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    trace: 'off',
    launchOptions: { ...(executablePath ? { executablePath } : {}), ...CHROMIUM_LAUNCH },
  },
  projects: [
    {
      name: STORY_PROJECT,
      ...(IS_PUBLISHED_STORY ? {} : { testMatch: EVERY_STORY_SPECS }),
      use: { ...devices['Desktop Chrome'], ...(executablePath ? { channel: undefined } : {}) },
    },
  ],
  webServer: [
    {
      // Astro's script run by this Node, not through npx (scripts/lib/packageBin.ts).
      command: `"${process.execPath}" "${packageBin('astro')}" preview --port ${PREVIEW_PORT} --host localhost --outDir ${TEST_DIST}`,
      url: `http://localhost:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `"${process.execPath}" e2e/support/host-server.ts ${HOST_PORT} ${PREVIEW_PORT}`,
      url: `http://localhost:${HOST_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
