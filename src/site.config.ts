/**
 * Who publishes this fact-check and where. One module, so that a newsroom that adopts the site
 * changes its name, contact and address here and nowhere else.
 */
export const SITE = {
  /** The fact-check's title, used in headers, the feed and the PDF proof. */
  title: 'KPN, Huawei and the Capgemini report: a fact-check',
  /** Short title for tight places (browser tabs, embeds). */
  shortTitle: 'KPN–Huawei fact-check',
  /** The publishing organisation (ClaimReview author, oEmbed provider, feed author). */
  publisher: 'The Fact-Check Desk',
  /** Where readers send corrections. Replace with the newsroom's own address before publishing. */
  contactEmail: 'corrections@factcheck.example.org',
  /**
   * The public origin of the site. Overridable with SITE_URL at build time; the example.org default
   * is a reserved placeholder domain, so nothing points at somebody else's site by accident.
   */
  url: process.env.SITE_URL ?? 'https://factcheck.example.org',
  /** Language of this edition (BCP 47). */
  lang: 'en',
} as const;
