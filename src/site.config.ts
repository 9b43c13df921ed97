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
   * Who owns the publisher, in a sentence (IFCN asks signatories to publish it). null until the
   * newsroom fills it in: the methodology page then shows it as a marked gap, never an invented owner.
   */
  ownership: null as string | null,
  /**
   * How this fact-check is funded, naming any funder with an interest in the parties it checks.
   * null until the newsroom fills it in, shown as a marked gap like ownership.
   */
  funding: null as string | null,
  /**
   * The public origin of the site. Overridable with SITE_URL at build time; the example.org default
   * is a reserved placeholder domain, so nothing points at somebody else's site by accident.
   */
  url: process.env.SITE_URL ?? 'https://factcheck.example.org',
  /** Language of this edition (BCP 47). */
  lang: 'en',
} as const;
