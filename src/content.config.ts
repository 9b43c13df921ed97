import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { claimSchema } from './schemas/claim';
import { eventSchema } from './schemas/event';
import { overviewSchema } from './schemas/overview';
import { glossarySchema } from './schemas/glossary';
import { partySchema } from './schemas/party';
import { ratingSchema } from './schemas/rating';
import { ratingRuleSchema } from './schemas/ratingRule';
import { sourceSchema } from './schemas/source';
import { stanceSchema } from './schemas/stance';
import { statementSchema } from './schemas/statement';
import { dutchCollections } from './schemas/translation/collections';
import { storySchema } from './schemas/story';

// CONTENT_DIR lets the bad-content fixtures and the scaling benchmark build the same site
// from another folder; by default the site is built from src/content.
const CONTENT_DIR = process.env.CONTENT_DIR ?? './src/content';

export const collections = {
  // The story's configuration: names, publisher, respondents, timeline lanes (one entry, id "story").
  story: defineCollection({ loader: file(`${CONTENT_DIR}/story.yaml`), schema: storySchema }),
  claims: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/claims` }), schema: claimSchema }),
  statements: defineCollection({ loader: file(`${CONTENT_DIR}/statements.yaml`), schema: statementSchema }),
  sources: defineCollection({ loader: file(`${CONTENT_DIR}/sources.yaml`), schema: sourceSchema }),
  parties: defineCollection({ loader: file(`${CONTENT_DIR}/parties.yaml`), schema: partySchema }),
  events: defineCollection({ loader: file(`${CONTENT_DIR}/events.yaml`), schema: eventSchema }),
  ratings: defineCollection({ loader: file(`${CONTENT_DIR}/ratings.yaml`), schema: ratingSchema }),
  // The published method: what each stance label means, and how evidence moves a rating.
  stances: defineCollection({ loader: file(`${CONTENT_DIR}/stances.yaml`), schema: stanceSchema }),
  ratingRules: defineCollection({ loader: file(`${CONTENT_DIR}/rating-rules.yaml`), schema: ratingRuleSchema }),
  overview: defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/overview` }), schema: overviewSchema }),
  glossary: defineCollection({ loader: file(`${CONTENT_DIR}/glossary.yaml`), schema: glossarySchema }),

  // The Dutch edition (issue 13): nlClaims, nlEvents…, from ${CONTENT_DIR}/nl/, empty where a story has none.
  ...dutchCollections(CONTENT_DIR),
};
