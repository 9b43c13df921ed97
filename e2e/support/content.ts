/**
 * The content as the tests see it: read straight from src/content, independently of the build, so
 * that a claim the site forgot to render is caught rather than silently skipped.
 */
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';

const ROOT = new URL('../../src/content/', import.meta.url);
const load = <T>(file: string): T => yaml.load(readFileSync(new URL(file, ROOT), 'utf8')) as T;

export interface ClaimFrontmatter {
  slug: string;
  number: number;
  claim: string;
  inArticle: boolean;
  rating: string;
  verdict: string;
  responses: Record<'kpn' | 'huawei', { stance: string; statements?: string[]; nearest?: string[]; summary: string }>;
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
export const statements = () => load<Array<{ id: string; party: string; text: string; kind: string; translation?: string }>>('statements.yaml');
export const events = () =>
  load<Array<{ id: string; date: string; until?: string; title: string; kind?: string; isArticleUnderReview?: boolean }>>('events.yaml');

export const ratingLabel = (id: string) => ratings().find((rating) => rating.id === id)!.label;

/** The published method: stance definitions, the rating rule's lines, and each respondent's right of reply. */
export const stanceDefinitions = () => load<Array<{ id: string; definition: string; ratingEffect: string }>>('stances.yaml');
export const ratingRules = () => load<Array<{ id: string; order: number; evidence: string; rule: string }>>('rating-rules.yaml');
export const parties = () =>
  load<Array<{ id: string; shortName: string; rightOfReply?: { asked: boolean; askedOn?: string; reply?: string; responsesFrom: string } }>>('parties.yaml');
/** The overview's editorial texts (src/content/overview/*.md): front matter and Markdown body. */
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
/** The story's respondents (story.yaml), in the order every claim page shows their responses. */
export const respondents = () => load<Array<{ respondents: string[] }>>('story.yaml')[0]!.respondents;
export const partyShortName = (id: string) => parties().find((party) => party.id === id)!.shortName;
