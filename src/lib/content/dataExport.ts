import type { Claim, SiteModel, Source, Statement, TimelineEvent } from './siteModel.ts';

/**
 * The downloadable data: what the pages show, as JSON and CSV, with ISO dates and their precision.
 * Field names are documented in the README ("Data downloads"); change both together.
 */

const sourceRecord = (source: Source) => ({
  id: source.id,
  outlet: source.outlet,
  title: source.title,
  titleKind: source.titleKind,
  date: source.date?.iso ?? null,
  datePrecision: source.date?.precision ?? null,
  language: source.language,
  url: source.url,
});

const statementRecord = (statement: Statement) => ({
  id: statement.id,
  party: statement.party.id,
  speaker: statement.speaker ?? null,
  date: statement.date.iso,
  datePrecision: statement.date.precision,
  kind: statement.kind,
  language: statement.language,
  text: statement.text,
  translation: statement.translation ?? null,
  translationBy: statement.translation ? 'ours' : null,
  truncated: statement.truncated,
  sources: statement.sources.map((source) => source.id),
});

export function timelineRecords(events: TimelineEvent[]) {
  return events.map((event) => ({
    id: event.id,
    date: event.date.iso,
    datePrecision: event.date.precision,
    until: event.until?.iso ?? null,
    untilPrecision: event.until?.precision ?? null,
    kind: event.kind,
    title: event.title,
    description: event.description,
    lane: event.lane,
    parties: event.parties.map((party) => party.id),
    confidence: event.confidence,
    confidenceNote: event.confidenceNote,
    sources: event.sources.map((source) => source.url),
    claims: event.claimSlugs,
    isArticleUnderReview: event.isArticleUnderReview,
  }));
}

export function timelineJson(model: Pick<SiteModel, 'events'>): string {
  return `${JSON.stringify({ events: timelineRecords(model.events) }, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'date', 'datePrecision', 'until', 'untilPrecision', 'kind', 'title', 'lane', 'parties', 'confidence', 'sources', 'claims'] as const;

/** RFC 4180 CSV; list fields are joined with " | ". */
export function timelineCsv(model: Pick<SiteModel, 'events'>): string {
  const rows = timelineRecords(model.events).map((record) =>
    CSV_COLUMNS.map((column) => {
      const value = record[column];
      return csvCell(Array.isArray(value) ? value.join(' | ') : value === null ? '' : String(value));
    }).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const claimRecord = (claim: Claim, url: string) => ({
  number: claim.number,
  slug: claim.slug,
  url,
  claim: claim.claim,
  articleWording: claim.articleWording ?? null,
  inArticle: claim.inArticle,
  madeBy: claim.madeBy.id,
  appearances: claim.appearances.map((appearance) => ({
    label: appearance.label,
    date: appearance.date?.iso ?? null,
    source: appearance.source?.id ?? null,
  })),
  rating: { id: claim.rating.id, label: claim.rating.label, value: claim.rating.value },
  ratingNote: claim.ratingNote ?? null,
  verdict: claim.verdict,
  // Keyed by party id, in the story's order of respondents, as claims write them.
  responses: Object.fromEntries(
    claim.responses.map((response) => {
      return [response.party.id, {
        stance: response.stance,
        summary: response.summary,
        note: response.note ?? null,
        statements: response.statements.map((statement) => statement.id),
        nearestStatements: response.nearest.map((statement) => statement.id),
      }];
    }),
  ),
  sources: claim.sources.map((source) => source.id),
  events: claim.events.map((event) => event.id),
  published: claim.published.iso,
  updates: claim.updates.map((update) => ({ date: update.date.iso, change: update.change })),
});

export function claimsJson(model: SiteModel, urlFor: (claim: Claim) => string): string {
  const statementIds = new Set(model.claims.flatMap((claim) => claim.responses.flatMap((r) => [...r.statements, ...r.nearest].map((s) => s.id))));
  return `${JSON.stringify(
    {
      claims: model.claims.map((claim) => claimRecord(claim, urlFor(claim))),
      ratings: model.ratings.map((rating) => ({ id: rating.id, label: rating.label, value: rating.value, definition: rating.definition })),
      statements: model.statements.filter((statement) => statementIds.has(statement.id)).map(statementRecord),
      sources: model.sources.filter((source) => model.citedSourceIds.has(source.id)).map(sourceRecord),
    },
    null,
    2,
  )}\n`;
}
