/**
 * The content as the tests see it: read straight from the content folder, independently of the build, so
 * that a claim the site forgot to render is caught rather than silently skipped.
 *
 * The folder is the one the suite is testing: CONTENT_DIR, as for the build (src/content by default; the
 * fictional example is examples/three-parties). playwright.config.ts reads the same variable, so the
 * built site, the preview and these readers always describe one story.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { story } from './story';

const REPO = new URL('../../', import.meta.url);
/** The content folder under test, relative to the repository (as CONTENT_DIR is written). */
export const CONTENT_DIR = (process.env.CONTENT_DIR ?? 'src/content').replace(/^\.\//, '').replace(/\/?$/, '/');
const ROOT = new URL(CONTENT_DIR, REPO);
const load = <T>(file: string): T => yaml.load(readFileSync(new URL(file, ROOT), 'utf8')) as T;

/** One respondent's response to a claim, as written in the claim's front matter. */
export interface ResponseFrontmatter {
  stance: string;
  statements?: string[];
  nearest?: string[];
  summary: string;
  note?: string;
}

export interface ClaimFrontmatter {
  slug: string;
  number: number;
  claim: string;
  shortForm: string;
  inArticle: boolean;
  rating: string;
  verdict: string;
  /** Keyed by party id: one per respondent of story.yaml. */
  responses: Record<string, ResponseFrontmatter>;
  sources: string[];
  events?: string[];
  published: string;
  updates?: Array<{ date: string; change: string }>;
}

export function claims(): ClaimFrontmatter[] {
  return readdirSync(new URL('claims/', ROOT))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(new URL(`claims/${file}`, ROOT), 'utf8');
      const frontmatter = yaml.load(text.split(/^---$/m)[1]!) as Omit<ClaimFrontmatter, 'slug'>;
      return { ...frontmatter, slug: file.replace(/\.mdx$/, '') };
    })
    .sort((a, b) => a.number - b.number);
}

export const ratings = () => load<Array<{ id: string; label: string; definition: string; value: number }>>('ratings.yaml');
export const sources = () => load<Array<{ id: string; url: string; outlet: string; title: string; httpOnly?: boolean }>>('sources.yaml');

/** Addresses recorded as plain http by their publisher (declared in the content with httpOnly). */
export const HTTP_ONLY_URLS = new Set(sources().filter((source) => source.httpOnly).map((source) => source.url));
export const statements = () =>
  load<Array<{ id: string; party: string; text: string; kind: string; language: string; translation?: string }>>('statements.yaml');
export const events = () =>
  load<Array<{ id: string; date: string; until?: string; title: string; kind?: string; parties: string[]; isArticleUnderReview?: boolean }>>('events.yaml');

/** The glossary (glossary.yaml): the terms every page that uses them explains. */
export interface GlossaryEntry { id: string; term: string; forms?: string[]; definition: string; source?: string }
export const glossary = () => load<GlossaryEntry[]>('glossary.yaml');

export const ratingLabel = (id: string) => ratings().find((rating) => rating.id === id)!.label;

/** The published method: stance definitions, the rating rule's lines, and each respondent's right of reply. */
export const stanceDefinitions = () => load<Array<{ id: string; definition: string; ratingEffect: string }>>('stances.yaml');
export const ratingRules = () => load<Array<{ id: string; order: number; evidence: string; rule: string }>>('rating-rules.yaml');
export const parties = () =>
  load<Array<{ id: string; name: string; shortName: string; rightOfReply?: { asked: boolean; askedOn?: string; reply?: string; responsesFrom: string } }>>('parties.yaml');

/** The story's configuration (story.yaml): names, respondents, lanes, the timeline's title (see ./story.ts). */
export { story };

/** The respondents in story order, each with the name the pages use for it ("KPN’s response"). */
export const respondents = (): Array<{ id: string; name: string }> =>
  story().respondents.map((id) => ({ id, name: parties().find((party) => party.id === id)!.shortName }));

/** A claim's response from one respondent: every claim must carry one, so a missing one fails the test that asks. */
export function responseOf(claim: ClaimFrontmatter, party: string): ResponseFrontmatter {
  const response = claim.responses[party];
  if (!response) throw new Error(`claim ${claim.number} (${claim.slug}) has no response from ${party}`);
  return response;
}

/** The timeline lane an event is drawn in: the lane of its first party. */
export function laneOf(event: { parties: string[] }): string {
  return story().lanes.find((lane) => lane.parties.includes(event.parties[0]!))!.id;
}

/** The overview's editorial texts (overview/*.md): front matter and Markdown body. */
export function overviewTexts(): Array<{ id: string; title: string; published: string; updates?: Array<{ date: string; change: string }>; body: string }> {
  return readdirSync(new URL('overview/', ROOT))
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const [, frontmatter, ...body] = readFileSync(new URL(`overview/${file}`, ROOT), 'utf8').split(/^---$/m);
      return { ...(yaml.load(frontmatter!) as { title: string; published: string }), id: file.replace(/\.md$/, ''), body: body.join('---').trim() };
    });
}

/**
 * The Dutch edition as written (src/content/nl/): each claim's Dutch sentence, short form and verdict
 * by slug, and the Dutch rating labels, read from the files so that a page showing English where the
 * Dutch should be is caught.
 */
/** Whether the story is written in Dutch too (a nl/ folder beside its content): the example story is English only. */
export const hasDutchEdition = (): boolean => existsSync(new URL('nl/claims/', ROOT));

export function dutchClaims(): Map<string, { claim: string; shortForm: string; verdict: string }> {
  return new Map(
    readdirSync(new URL('nl/claims/', ROOT))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(new URL(`nl/claims/${file}`, ROOT), 'utf8');
        return [file.replace(/\.mdx$/, ''), yaml.load(text.split(/^---$/m)[1]!) as { claim: string; shortForm: string; verdict: string }];
      }),
  );
}
export const dutchRatingLabel = (id: string) => load<Array<{ id: string; label: string }>>('nl/ratings.yaml').find((rating) => rating.id === id)!.label;

/**
 * The words a page shows that are the sources' own, not ours, in whatever language they were
 * published: every statement's original words, every outlet's name and published title (seen on the
 * page or read from its address, never our description of it), the article's wording, and every
 * passage the English analyses quote. A Dutch page may mark only these as English (or German, French):
 * anything else it marks is our own English left untranslated.
 */
export function sourcesOwnWords(): string[] {
  const quoted = (text: string) => [...text.matchAll(/“([^”]+)”|"([^"\n]+)"/g)].map((match) => (match[1] ?? match[2])!);
  const analyses = readdirSync(new URL('claims/', ROOT))
    .filter((file) => file.endsWith('.mdx'))
    .flatMap((file) => {
      const [, frontmatter, ...body] = readFileSync(new URL(`claims/${file}`, ROOT), 'utf8').split(/^---$/m);
      const { articleWording } = yaml.load(frontmatter!) as { articleWording?: string };
      return [...(articleWording ? [articleWording] : []), ...quoted(body.join('---'))];
    });
  const published = load<Array<{ outlet: string; title: string; titleKind: string }>>('sources.yaml').flatMap((source) => [source.outlet, ...(source.titleKind === 'description' ? [] : [source.title])]);
  return [...statements().map((statement) => statement.text), ...published, ...analyses];
}
