/**
 * Every string of the interface, in English. A Dutch edition is a second module of the same shape
 * (nl.ts) and a choice in ui.ts; no component holds a sentence of its own.
 */
import { lookup, type Strings } from './strings.ts';

export const en = {
  skipLink: 'Skip to content',
  /** On every page of a fictional example story (story.yaml `example: true`). */
  exampleLabel: 'Example: this fact-check is fictional. Its parties, claims, statements and sources are invented to show how the site works; none of it is news.',
  nav: { label: 'Site', home: 'Claims', timeline: 'Timeline', statements: 'Statements', sources: 'Sources', methodology: 'Methodology', review: 'Print proof' },
  footer: {
    publishedBy: 'Published by',
    corrections: 'Corrections and questions:',
    data: 'Data:',
    feed: 'Updates feed',
  },
  home: {
    claimsHeading: 'Every claim at a glance',
    /** `respondents` is the story's respondents' short names as one phrase ("A and B"). */
    tableCaption: (respondents: string) => `The claims checked, with their rating and how ${respondents} responded`,
    number: 'No.',
    claim: 'Claim',
    rating: 'Rating',
    inArticle: 'In the article',
    contextClaim: 'From the wider coverage',
    ratingsHeading: 'Ratings at a glance',
    /** The counts after the bottom line; the numbers come from the content. */
    claimCounts: (total: number, fromArticle: number) =>
      `Of the ${total} claims checked, ${fromArticle} come from the article under review; the rest are context from the wider coverage.`,
    timelineLink: 'See the events in order on the timeline.',
    /** Heads the corrections log under an editorial text ("Changes to the bottom line"). */
    textUpdates: (title: string) => `Changes to ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    ratingsSummary: (total: number) => `How the ${total} claims rate, from least to best supported`,
    claimsRated: (n: number) => (n === 1 ? '1 claim' : `${n} claims`),
  },
  claim: {
    numberOf: (n: number, total: number) => `Claim ${n} of ${total}`,
    appearedHeading: 'Where the claim appeared',
    madeBy: 'Made by',
    articleWording: 'The article under review says',
    ratingHeading: 'Our rating',
    ratingMeaning: (label: string) => `What “${label}” means`,
    fullScale: 'The full rating scale',
    verdict: 'Verdict',
    responsesHeading: (respondents: string) => `What ${respondents} said`,
    responseOf: (party: string) => `${party}’s response`,
    stance: 'Stance',
    didNotAddress: (party: string) => `${party} did not address this claim.`,
    nearestStatement: (party: string) => `${party}’s nearest general statement:`,
    analysisHeading: 'Analysis',
    eventsHeading: 'Related events',
    sourcesHeading: 'Sources',
    updatesHeading: 'Updates',
    published: 'Published',
    noUpdates: 'No changes since publication.',
    previous: 'Previous claim',
    next: 'Next claim',
    claimNav: 'More claims',
    claimLabel: 'Claim',
    /** The page title: the rating first, the claim quoted, so a shared link never states the claim bare. */
    pageTitle: (rating: string, shortForm: string) => `${rating}: “${shortForm}”`,
    glanceHeading: (respondents: string) => `How ${respondents} responded`,
    moreStatements: (party: string, n: number) => `${n} more ${n === 1 ? 'statement' : 'statements'} by ${party}`,
    inThisCase: 'In this case',
  },
  meter: {
    /** The meter's accessible name: the scale, least to best supported. */
    scaleName: 'Our rating scale, from least to best supported',
    stepOf: (step: number, total: number) => `step ${step} of ${total}`,
    least: 'least supported',
    best: 'best supported',
    current: 'this claim',
  },
  statement: {
    ourTranslation: 'Our translation',
    original: 'Original',
    paraphrase: 'Reported in the source’s words, not a direct quote:',
    truncated: 'The stored copies of this statement break off here; the rest is not known to us.',
    via: 'Source',
    languages: lookup({ nl: 'Dutch', en: 'English', de: 'German', fr: 'French' }),
  },
  /** The share cards (og:image) and their alt text. */
  shareCard: {
    kicker: 'Fact-check',
    ratingField: 'Rating',
    alt: (shortForm: string, rating: string, stances: string) => `Fact-check card. Claim: ${shortForm}. Rating: ${rating}. Responses: ${stances}.`,
    homeKicker: 'Fact-check',
    /** A respondent's name as the summary lists it ("Acme’s": "set beside Acme’s and Vendor’s responses"). */
    respondentOf: (name: string) => `${name}’s`,
    homeSummary: (claims: number, respondents: string) => `${claims} claims, each rated and set beside ${respondents} responses.`,
    homeAlt: (title: string, summary: string, counts: string) => `Share card: ${title}. ${summary} Claims by rating: ${counts}.`,
    timelineKicker: 'Timeline',
    timelineEvents: 'Events',
    timelineFrom: 'From',
    timelineTo: 'To',
    timelineAlt: (title: string, summary: string, facts: string) => `Share card: ${title}. ${summary} ${facts}.`,
  },
  stances: lookup({
    confirms: 'Confirms',
    'partly-confirms': 'Partly confirms',
    denies: 'Denies',
    disputes: 'Disputes',
    'partly-addresses': 'Partly addresses',
    'not-addressed': 'Did not address',
  }),
  source: {
    titleFromUrl: 'title as read from the address',
    description: 'our description; title not seen',
    undated: 'undated',
    inLanguage: (language: string) => `in ${language}`,
    citedIn: 'Cited in',
    /** A link to a claim inside a list ("Cited in: claim 3, claim 7"). */
    claimRef: (n: number) => `claim ${n}`,
    notCitedByClaim: 'Cited in the timeline and statements only',
  },
  statementsPage: {
    title: 'Statements',
    intro: (respondents: string) =>
      `Every public statement this fact-check relies on, by date, oldest first, with ${respondents} side by side, in its original language with our translation from Dutch. Quotes are exact as the cited source prints them; where a source only reports what was said, that is marked.`,
    /** The page's description for search and sharing. */
    description: (respondents: string[], shortTitle: string) => `Every statement by ${respondents.join(', ')} and the authorities that the ${shortTitle} relies on.`,
    quotedIn: 'Quoted in',
    notQuoted: 'Context only: not quoted in a claim’s responses.',
    others: 'Authorities and others',
    nothingThatDay: (party: string) => `No statement by ${party} on this date.`,
  },
  sourcesPage: {
    title: 'Sources',
    description: (shortTitle: string) => `Every source cited in the ${shortTitle}, by outlet, with the claims that cite it.`,
    intro: 'Every source this fact-check cites, grouped by outlet, with the claims that rest on it. None of these pages is fetched or copied by this site; follow the links to read them where they were published.',
  },
  methodology: {
    title: 'Methodology',
    toBeFilled: 'To be filled in by the newsroom before publishing.',
    /** The page's description where the story does not give one (story.yaml methodologyDescription). */
    description: 'How the claims were chosen, checked and rated, and how corrections are made.',
    scaleHeading: 'The rating scale',
    /** A rating's place on the scale ("4 of 5"). */
    valueOf: (value: number, best: number) => `${value} of ${best}`,
    scaleData: (best: number, worst: number, lowest: string) =>
      `In the structured data that search engines read (schema.org ClaimReview), each label carries its number on this scale: ${best} for the best-supported claims, ${worst} for the least supported (${lowest}). The label itself is always given alongside the number.`,
    ruleHeading: 'How evidence moves a rating',
    ruleIntro: 'Every rating follows the same rule, so that a reader can check it against the evidence on the claim page. A claim\'s rating is where its main point lands when each of these applies.',
    stancesHeading: 'What the response labels mean',
    stancesIntro: (respondents: string) => `Each claim page sets out the response of ${respondents}, each with one label. The same kind of answer gets the same label, whichever party gives it.`,
    effectLabel: 'Effect on the rating:',
    choiceHeading: 'How claims were chosen',
    checkingHeading: 'How claims were checked',
    nonpartisanshipHeading: 'Nonpartisanship and right of reply',
    nonpartisanship: 'We take no side between the parties we check. Every claim is held to the same rules, whoever made it and whoever it concerns; each party is given its strongest statement that bears on the claim, quoted exactly, dated and attributed; and the same kind of answer gets the same label and the same words. We do not describe one party\'s statements with words we would not use for the other\'s.',
    /** Followed by the date the party was asked. */
    askedOn: 'asked for a reply to this fact-check on',
    notContacted: 'not contacted for this fact-check.',
    /** Followed by the address to write to. */
    replyInvite: (respondents: string) => `${respondents}, and anyone else a claim concerns, are invited to reply: write to`,
    replyRead: 'We read every reply, and where one changes a claim, we correct it and log the change in that claim\'s updates.',
    correctionsHeading: 'Corrections policy',
    /** Followed by a link to the updates feed. */
    corrections: 'If we get something wrong, we correct it on the claim page and add a dated line to that claim’s updates log saying what changed; we do not silently edit. A change of rating is always logged. The',
    feedLink: 'updates feed',
    /** Followed by the address to write to. */
    correctionsFeed: 'lists every logged change, newest first, so that newsrooms that embedded a claim learn when it changes. Send corrections to',
    publisherHeading: 'Who publishes this',
    /** Followed by the address. */
    publishedBy: (publisher: string) => `This fact-check is published by ${publisher}. Contact:`,
    ownership: 'Ownership',
    funding: 'Funding',
    dataHeading: 'Get the data',
    claimsData: (respondents: number) => `: every claim with its rating, ${respondents === 2 ? 'both responses' : 'every respondent’s response'}, the statements quoted and the sources.`,
    /** Between the two timeline files' links. */
    and: 'and',
    timelineData: ': every event with its date and precision, parties, sources and related claims.',
    feedData: ': the updates feed (Atom).',
  },
  timeline: {
    title: 'Timeline',
    legendLabel: 'How to read the chart',
    legend: {
      point: 'Solid dot: an event known to the day.',
      span: 'Pale bar: an event known only to the month or year, drawn over that whole month or year; the less precise the date, the paler the bar.',
      range: 'Dashed bar: the sources leave the date open between two values.',
      period: 'Hatched band: a period.',
      article: 'Bar outlined in the text colour: the article under review, over the whole stretch in which it may have appeared.',
      lanes: 'Each column is an actor, in its own colour; leaders run from each mark to its label.',
      breaks: 'The time axis is broken into segments (separate panels; zig-zag lines on narrow screens), each stretched to fit its events, so distances across a break are not comparable.',
    },
    notes: 'Dates are as precise as the sources allow. Where a date is inferred, the table says from what. Each mark links to the claims the event bears on, or to its row in the table.',
    sourcesNote: 'Sources: the sources listed for each event in the table below.',
    getData: 'Get the data:',
    tableCaption: 'Every event of the timeline, with its date, actors, sources and the claims it bears on',
    date: 'Date',
    event: 'Event',
    actors: 'Actors',
    sources: 'Sources',
    claims: 'Claims',
    confidence: 'Confidence',
    confidenceLevels: lookup({ confirmed: 'confirmed', reported: 'reported', inferred: 'inferred', disputed: 'disputed' }),
    noClaims: 'Context only',
    claimLink: (n: number) => `Claim ${n}`,
    markLabel: (date: string, title: string, claims: number) => `${date}: ${title}${claims > 0 ? ` (see ${claims === 1 ? 'the claim' : `${claims} claims`})` : ''}`,
    relatedEventsTitle: 'This claim on the timeline',
    relatedEventsIntro: 'The events this claim bears on, drawn on the same scale as the full timeline.',
    fullTimeline: 'See the full timeline',
    segmentDetail: 'detail',
    filterLabel: 'Show the events of',
    /** On a phone, where lane headers stand on end: the lanes' names in running text, left to right. */
    narrowLanesNote: (lanes: string[]) => `Columns, left to right: ${lanes.join('; ')}.`,
    detailsHint: 'Point at or tab to an event for its details.',
  },
  review: {
    title: 'Print proof for editorial review',
    description: 'Every claim, numbered, with responses, analysis, sources and a sign-off line, for checking on paper.',
    built: 'Built',
    builtNote: 'the time of the source revision, so that rebuilding the same revision gives an identical proof',
    commit: 'Source revision',
    uncommitted: 'with uncommitted changes',
    perRating: 'Claims per rating',
    total: 'Claims in all',
    howTo: 'Each claim starts on a new page. Paragraphs carry stable numbers (3.2 is the second numbered paragraph of claim 3), so remarks can refer to them. Print on A4; a US Letter edition is available.',
    letterLink: 'US Letter edition',
    a4Link: 'A4 edition',
    onTheSite: 'On the site',
    noEvents: 'No timeline events are linked to this claim.',
    toClaim: (n: number) => `to claim ${n}`,
    signoff: (n: number) => `Claim ${n} checked by ______________________   Date ____________   Remarks continue overleaf: ☐`,
    pdfHint: 'A PDF of this proof is made with npm run review:pdf.',
    /** The printed page counter in the proof's margin ("page 3 of 40"). */
    pageOf: { page: 'page', of: 'of' },
    /** The proof of changes (REVIEW_SINCE / npm run review:pdf -- --since <rev>). */
    changes: {
      heading: 'Changes since a signed revision',
      since: 'Compared with',
      current: 'This proof',
      changed: 'Changed claims',
      added: 'Added claims',
      removed: 'Removed claims',
      none: 'None.',
      unchanged: (n: number) => `${n} ${n === 1 ? 'claim is' : 'claims are'} unchanged.`,
      unlogged: 'changed without a logged correction',
      unloggedHeading: 'Corrections policy',
      unloggedNone: 'Every claim whose sentence, rating or verdict changed has a new entry in its updates log.',
      legend: 'Inserted words are underlined and set between {+ and +}; deleted words are struck through and set between [- and -]; a bar at the left of each changed paragraph marks it.',
      changedOnly: 'Only the changed and added claims are printed in this proof; the others are as signed.',
      ratingChange: 'Rating',
      claimAdded: 'New claim since the signed revision.',
      stamp: 'PROOF',
    },
  },
  /** The updates feed (Atom), whose words readers see in their feed reader. */
  feed: {
    title: (storyTitle: string) => `${storyTitle}: updates`,
    published: (n: number, claim: string) => `Claim ${n} published: ${claim}`,
    updated: (n: number, claim: string) => `Claim ${n} updated: ${claim}`,
  },
  embed: {
    heading: 'Embed this',
    /** The iframe's and the oEmbed file's title: the hand-written short form, read out and shown in lists. */
    frameTitle: (n: number, shortForm: string) => `Fact-check of claim ${n}: ${shortForm}`,
    intro: 'Put this fact-check in your own article: copy the code below into an HTML block. The frame takes the height of its content; without the script it keeps a fixed height and scrolls. In WordPress, paste this page’s address on a line of its own instead.',
    codeLabel: 'Embed code',
    how: (tokens: number) => `The frame is sandboxed (${tokens} permissions: its own script, its own origin so your page can check its messages, and opening the full fact-check when a reader clicks) and sends only our origin as referrer.`,
    preview: 'What it looks like',
    readFull: 'Read the full fact-check',
    publishedBy: (publisher: string) => `A fact-check by ${publisher}`,
    /** On an embedded card whose claim has changed since publication; links to the updates log. */
    updated: (date: string) => `Updated ${date}: see what changed`,
    claimLabel: (n: number) => `Claim ${n}`,
    stanceOf: (party: string) => `${party}:`,
    timelineTable: 'The events as a table',
  },
  glossary: {
    pageHeading: 'Terms used on this page',
    /** Named per claim: the proof holds every claim, and each region needs a name of its own. */
    proofHeading: (n: number) => `Terms used in claim ${n}`,
    cardHeading: 'Terms',
    source: 'Source',
  },
  notFound: { title: 'Page not found', body: 'There is no page at this address. The claims are listed on the front page.', back: 'Go to the list of claims' },
} as const;

/** The shape of every edition's strings: en.ts's keys and arguments, any words. */
export type UiStrings = Strings<typeof en>;
