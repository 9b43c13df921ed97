/** The byte budgets: asserted in scripts/budgets.test.ts, reported with verdicts by npm run bench. */
export const BUDGETS = {
  /**
   * A claim page's first screen (the head with its inline CSS, the header, the claim, the rating,
   * the verdict and every respondent's stance), brotli: it arrives in the first TCP round trip
   * (about 14 KB), so a phone can draw the finding before the evidence below it has loaded.
   */
  claimFirstScreenBrotli: 14 * 1024,
  /**
   * A whole claim page's HTML and CSS, brotli. Since the finding-first layout, the right of reply
   * (every strongest statement), the terms explained and the related-events chart, the longest
   * pages need a second round trip (16.2 KB on 1 December 2026): the cap keeps them from growing
   * unnoticed.
   */
  claimHtmlCssBrotli: 20 * 1024,
  /** Claim pages ship no JavaScript at all. */
  claimJs: 0,
  /**
   * The timeline page's HTML with its inline CSS, brotli: both drawings (wide panels for screens and
   * paper, narrow for phones) and the data table. 27,451 B before issue 14's rework, 27,208 B after it
   * (2 December 2026: no whitespace text nodes in the drawings or between table cells, one <tspan>
   * fewer per label, hit areas in whole units); 27,438 B once the page got its own share card (image
   * and alt-text tags) and the kit's story-neutral lane classes and running head; 26,892 B with heights
   * in whole units and leaders rounded as coarsely as they stay apart (issue 14's target: below
   * 27,350). The cap keeps it from creeping back.
   */
  timelineHtmlCssBrotli: 27_000,
  /**
   * The same page in the Dutch edition (nl/timeline/): the same drawings and table, in longer words,
   * 29,090 B before the whole-unit heights and 28,421 B after (2 December 2026).
   */
  timelineNlHtmlCssBrotli: 28_550,
  /** The timeline page's JavaScript, gzip. */
  timelineJsGzip: 10 * 1024,
  /** The host script, gzip. */
  embedScriptGzip: 1.5 * 1024,
  /**
   * Each share card (og/*.png, 1200 × 630), raw bytes (PNG is compressed already): messaging apps fetch
   * it for every link preview, and some skip images over a few hundred KB.
   */
  shareCardBytes: 100 * 1024,
} as const;
