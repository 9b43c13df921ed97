import { test as base, expect, type Page } from '@playwright/test';

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

export const test = base.extend<{ expectedConsoleErrors: RegExp[] }, { workerPage: Page }>({
  /** Console errors a test provokes on purpose (the 404 page's own status, say). */
  expectedConsoleErrors: [[], { option: true }],
  /*
   * One page for all of a worker's tests: a new context and page cost a quarter of a second, and a
   * new renderer compiles axe's 650 kB again (a third of a second), which a renderer that has seen it
   * takes from its cache; over 500 tests on two cores, that was a third of the run. No test routes,
   * adds init scripts or stores anything (the site keeps no storage either), and a test that needs
   * JavaScript off makes a context of its own. What a test may change on the page is set back before
   * the next: the viewport (to the project's or the test's own), emulated media, the pointer.
   */
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      // The page a test's own context would have had: the project's device and base URL (playwright.config.ts).
      const { viewport, screen, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = workerInfo.project.use;
      const context = await browser.newContext({ viewport, screen, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL });
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
  page: async ({ workerPage: page, viewport, expectedConsoleErrors }, use) => {
    // A test's viewport (the project's, or its own through test.use); null would mean none, which a page opened with one cannot go back to.
    // The three resets go out together (one round trip's wait, not three: 90 ms a test, measured), and
    // the viewport only when a test left another (the page knows its size without asking the browser).
    const current = page.viewportSize();
    await Promise.all([
      viewport && (current?.width !== viewport.width || current?.height !== viewport.height) ? page.setViewportSize(viewport) : undefined,
      page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null }),
      page.mouse.move(0, 0),
    ]);
    const check = watchConsole(page, expectedConsoleErrors);
    await use(page);
    check();
  },
});

export { expect };
