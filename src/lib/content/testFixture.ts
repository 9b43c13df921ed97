/**
 * A small story for unit tests, in the shape the content layer hands over after validation:
 * references as { collection, id }, dates parsed by the real partial-date parser. Tests build the
 * model from it with the real buildSiteModel, so no test declares a model's shape by hand.
 */
import { parsePartialDate, type PartialDate } from '../partialDate.ts';
import type { SiteContent } from './types.ts';

const date = (text: string): PartialDate => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`fixture date ${text}`);
  return parsed;
};
const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

export function fixtureContent(): SiteContent {
  return {
    story: [
      {
        id: 'story',
        filePath: 'src/content/story.yaml',
        data: {
          slug: 'fixture-factcheck', title: 'A fixture: a fact-check', shortTitle: 'Fixture fact-check', description: 'A small story.',
          lang: 'en', publisher: 'The Desk', contactEmail: 'desk@example.org', ownership: null, funding: null, example: true,
          respondents: ['operator', 'vendor'],
          lanes: [
            { id: 'operator', label: 'Operator A', shortLabel: 'A', parties: ['operator'] },
            { id: 'vendor', label: 'Vendor B', shortLabel: 'B', parties: ['vendor'] },
            { id: 'press', label: 'Press', shortLabel: 'Press', inText: 'the press', parties: ['paper'] },
          ],
          timeline: { title: 'The affair', takeaway: 'It happened.' },
        },
      },
    ],
    parties: [
      { id: 'operator', data: { name: 'Operator A', shortName: 'A', role: 'operator', description: 'An operator.' } },
      { id: 'vendor', data: { name: 'Vendor B', shortName: 'B', role: 'vendor', description: 'A vendor.' } },
      { id: 'paper', data: { name: 'The Paper', shortName: 'Paper', role: 'newspaper', description: 'A newspaper.' } },
    ],
    ratings: [
      { id: 'low', data: { label: 'Low', definition: 'Worst.', value: 1, tone: 'misleading' } },
      { id: 'high', data: { label: 'High', definition: 'Best.', value: 5, tone: 'supported' } },
      { id: 'mid', data: { label: 'Mid', definition: 'Middle.', value: 3, tone: 'reported' } },
    ],
    sources: [
      { id: 's-paper', data: { outlet: 'The Paper', title: 'A scoop, "quoted"', titleKind: 'title', date: date('2021-04-17'), language: 'nl', url: 'https://paper.example/scoop', httpOnly: false } },
      { id: 's-wire', data: { outlet: 'Wire', title: 'Our description', titleKind: 'description', date: date('2021-04'), language: 'en', url: 'https://wire.example/a', httpOnly: false } },
      { id: 's-statement', data: { outlet: 'Operator A', title: 'Press release', titleKind: 'title', language: 'nl', url: 'https://a.example/press', httpOnly: false } },
      { id: 's-event-only', data: { outlet: 'Archive', title: 'Old page', titleKind: 'from-url', date: date('2009'), language: 'en', url: 'https://archive.example/old', httpOnly: false } },
      { id: 's-unused', data: { outlet: 'Nobody', title: 'Uncited', titleKind: 'title', language: 'en', url: 'https://nobody.example/', httpOnly: false } },
    ],
    statements: [
      { id: 'a-denies', data: { party: ref('parties', 'operator'), date: date('2021-04-17'), context: 'Reply to the scoop.', kind: 'quote', language: 'nl', text: 'Nooit gezien.', translation: 'Never seen.', truncated: false, sources: [ref('sources', 's-statement')] } },
      { id: 'b-general', data: { party: ref('parties', 'vendor'), date: date('2021-04'), context: 'General line.', kind: 'paraphrase', language: 'en', text: 'B says it follows the law.', truncated: false, sources: [ref('sources', 's-wire')] } },
      { id: 'b-unquoted', data: { party: ref('parties', 'vendor'), date: date('2020'), context: 'Elsewhere.', kind: 'quote', language: 'en', text: 'Unrelated.', truncated: false, sources: [ref('sources', 's-wire')] } },
    ],
    events: [
      { id: 'scoop', data: { date: date('2021-04-17'), kind: 'event', title: 'The Paper reveals it', description: 'Scoop.', parties: [ref('parties', 'paper'), ref('parties', 'operator')], confidence: 'confirmed', confidenceNote: 'Dated.', sources: [ref('sources', 's-paper')], isArticleUnderReview: false } },
      { id: 'access', data: { date: date('2009'), until: date('2010'), kind: 'period', title: 'Access, "period"', description: 'Access.', parties: [ref('parties', 'vendor')], confidence: 'reported', confidenceNote: 'Reported.', sources: [ref('sources', 's-event-only')], isArticleUnderReview: false } },
    ],
    claims: [
      {
        id: 'second-claim',
        filePath: 'src/content/claims/second-claim.mdx',
        data: {
          number: 2, claim: 'B did it.', shortForm: 'B did it', inArticle: true, madeBy: ref('parties', 'paper'),
          appearances: [{ label: 'The article', source: ref('sources', 's-paper'), date: date('2021-04') }],
          rating: ref('ratings', 'low'), verdict: 'No evidence.',
          responses: {
            // Listed in the other order than story.yaml's respondents: the model orders them.
            vendor: { stance: 'denies', statements: [ref('statements', 'b-general')], nearest: [], summary: 'Denies.', note: 'Present tense.' },
            operator: { stance: 'not-addressed', statements: [], nearest: [ref('statements', 'a-denies')], summary: 'Silent.' },
          },
          sources: [ref('sources', 's-wire')], events: [ref('events', 'scoop'), ref('events', 'access')],
          published: date('2026-11-28'), updates: [{ date: date('2026-12-01'), change: 'Rating changed from Mid to Low.' }],
        },
      },
      {
        id: 'first-claim',
        filePath: 'src/content/claims/first-claim.mdx',
        data: {
          number: 1, claim: 'A report exists.', shortForm: 'A report exists', inArticle: false, madeBy: ref('parties', 'paper'),
          appearances: [{ label: 'Coverage' }],
          rating: ref('ratings', 'high'), verdict: 'It does.',
          responses: {
            operator: { stance: 'confirms', statements: [ref('statements', 'a-denies')], nearest: [], summary: 'Confirms.' },
            vendor: { stance: 'not-addressed', statements: [], nearest: [], summary: 'Silent.' },
          },
          sources: [ref('sources', 's-paper')], events: [ref('events', 'scoop')],
          published: date('2026-11-28'), updates: [],
        },
      },
    ],
  } as SiteContent;
}
