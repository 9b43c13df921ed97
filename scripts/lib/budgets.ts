/** The byte budgets: asserted in scripts/budgets.test.ts, reported with verdicts by npm run bench. */
export const BUDGETS = {
  /** A claim page's HTML and CSS, brotli, together: one TCP round trip (about 14 KB). */
  claimHtmlCssBrotli: 14 * 1024,
  /** Claim pages ship no JavaScript at all. */
  claimJs: 0,
  /** The timeline page's JavaScript, gzip. */
  timelineJsGzip: 10 * 1024,
  /** The host script, gzip. */
  embedScriptGzip: 1.5 * 1024,
} as const;
