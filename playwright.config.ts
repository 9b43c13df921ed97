import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';

/** The built site is served by `astro preview`; the embed tests add a host page on another origin. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);
export const HOST_PORT = Number(process.env.HOST_PORT ?? 4330);
/** The tests' own build (npm test makes it), kept apart from dist/, which is what gets published. */
export const TEST_DIST = process.env.TEST_DIST ?? 'dist-test';
const executablePath = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    trace: 'off',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], ...(executablePath ? { channel: undefined } : {}) } }],
  webServer: [
    {
      command: `npx astro preview --port ${PREVIEW_PORT} --host localhost --outDir ${TEST_DIST}`,
      url: `http://localhost:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node e2e/support/host-server.ts ${HOST_PORT} ${PREVIEW_PORT}`,
      url: `http://localhost:${HOST_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
