import { test as base, expect, devices, type Page } from '@playwright/test';
import { PREVIEW_PORT } from '../../playwright.config';

/** The project's device (playwright.config.ts): what a new page gets, and what the shared page is reset to. */
const DEVICE = devices['Desktop Chrome'];

/**
 * Fails the test on any console error or uncaught exception the page shows while the test runs (CSP
 * violations are console errors too), so every spec checks that for free. Returns the check.
 */
function watchConsole(page: Page, expected: RegExp[]): () => void {
  const errors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && !expected.some((pattern) => pattern.test(message.text()))) errors.push(message.text());
  };
  const onPageError = (error: Error) => errors.push(error.message);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  return () => {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    expect(errors, 'console errors on the page').toEqual([]);
  };
}

/** The CSP violations a shared page's current document has reported (recorded from its first script on). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['no CSP recorder on this page']);
}

export const test = base.extend<{ expectedConsoleErrors: RegExp[]; sharedPage: Page }, { workerPage: Page }>({
  /** Console errors a test provokes on purpose (the 404 page's own status, say). */
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const check = watchConsole(page, expectedConsoleErrors);
    await use(page);
    check();
  },
  /*
   * One page for all of a worker's tests that only read pages (axe, the checks of every page, print
   * media): a new context and page cost a quarter of a second, and the new renderer compiles axe's
   * 650 kB again (a third of a second), which a renderer that has seen it takes from its cache. Each
   * test gets it at the project's viewport, screen media and no colour scheme emulated; a test that
   * adds routes, init scripts, storage or listeners it keeps must use its own `page`.
   */
  workerPage: [
    async ({ browser }, use) => {
      const { defaultBrowserType: _, ...options } = DEVICE;
      const context = await browser.newContext({ ...options, baseURL: `http://localhost:${PREVIEW_PORT}` });
      const page = await context.newPage();
      // Every document records its CSP violations from the start (read with cspViolations()).
      await page.addInitScript(() => {
        const recorded: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = recorded;
        document.addEventListener('securitypolicyviolation', (event) => recorded.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ workerPage, expectedConsoleErrors }, use) => {
    await workerPage.setViewportSize(DEVICE.viewport);
    await workerPage.emulateMedia({ media: null, colorScheme: null });
    const check = watchConsole(workerPage, expectedConsoleErrors);
    await use(workerPage);
    check();
  },
});

export { expect };
