import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { dutchClaimSchema } from './claim.ts';
import { dutchEventSchema } from './event.ts';
import { dutchGlossarySchema } from './glossary.ts';
import { dutchOverviewSchema } from './overview.ts';
import { dutchPartySchema } from './party.ts';
import { dutchRatingSchema } from './rating.ts';
import { dutchSourceSchema } from './source.ts';
import { dutchRatingRuleSchema } from './ratingRule.ts';
import { dutchStanceSchema } from './stance.ts';
import { dutchStatementSchema } from './statement.ts';
import { dutchStorySchema } from './story.ts';

/**
 * The Dutch edition's collections, loaded from `<content>/nl/`. A story without a Dutch edition (the
 * fictional example) has no such folder: its Dutch collections are then empty instead of an error, and
 * nothing Dutch is built.
 */
export function dutchCollections(contentDir: string) {
  const dir = `${contentDir}/nl`;
  const present = existsSync(dir);
  const list = (name: string) => (present && existsSync(`${dir}/${name}`) ? file(`${dir}/${name}`) : emptyLoader);
  const folder = (name: string, pattern: string) => glob({ pattern, base: `${dir}/${name}` });
  return {
    nlStory: defineCollection({ loader: list('story.yaml'), schema: dutchStorySchema }),
    nlClaims: defineCollection({ loader: present ? folder('claims', '*.mdx') : emptyLoader, schema: dutchClaimSchema }),
    nlOverview: defineCollection({ loader: present ? folder('overview', '*.md') : emptyLoader, schema: dutchOverviewSchema }),
    nlStatements: defineCollection({ loader: list('statements.yaml'), schema: dutchStatementSchema }),
    nlSources: defineCollection({ loader: list('sources.yaml'), schema: dutchSourceSchema }),
    nlParties: defineCollection({ loader: list('parties.yaml'), schema: dutchPartySchema }),
    nlEvents: defineCollection({ loader: list('events.yaml'), schema: dutchEventSchema }),
    nlRatings: defineCollection({ loader: list('ratings.yaml'), schema: dutchRatingSchema }),
    nlStances: defineCollection({ loader: list('stances.yaml'), schema: dutchStanceSchema }),
    nlRatingRules: defineCollection({ loader: list('rating-rules.yaml'), schema: dutchRatingRuleSchema }),
    nlGlossary: defineCollection({ loader: list('glossary.yaml'), schema: dutchGlossarySchema }),
  };
}

/** A loader that loads nothing, for a story without a Dutch edition. */
const emptyLoader = {
  name: 'no-dutch-edition',
  load: async ({ store }: { store: { clear(): void } }) => store.clear(),
};
