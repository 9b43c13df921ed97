import type { Claim } from '../content/siteModel.ts';
import type { ShareCardInput } from './layout.ts';

/** A claim's responses in the story's respondent order (the model keeps them so). */
export function claimResponses(claim: Claim): Claim['responses'] {
  return claim.responses;
}

/**
 * The one place that maps the site model onto a claim's share card. The card renderer takes plain
 * words (ShareCardInput), so a change of model changes this function (and claimResponses) and
 * nothing else.
 */
export function shareCardInput(
  claim: Claim,
  context: { stanceLabel: (stance: string) => string; publisher: string; site: string },
): ShareCardInput {
  const responses = claimResponses(claim);
  return {
    shortForm: claim.shortForm,
    ratingLabel: claim.rating.label,
    ratingTone: claim.rating.tone,
    stances: responses.map((response) => ({
      party: response.party.shortName,
      stance: context.stanceLabel(response.stance),
      silent: response.stance === 'not-addressed',
    })),
    publisher: context.publisher,
    site: context.site,
  };
}

/** The site's address as printed on a card: host and path, without the scheme or a trailing slash. */
export function siteLabel(siteUrl: string | URL, base: string): string {
  const url = new URL(base, siteUrl);
  return `${url.host}${url.pathname}`.replace(/\/+$/, '');
}

/** What a claim's card says, in words, for og:image:alt: the claim, its rating and every stance. */
export function shareCardAlt(input: ShareCardInput, words: { alt: (shortForm: string, rating: string, stances: string) => string }): string {
  return words.alt(input.shortForm, input.ratingLabel, input.stances.map(({ party, stance }) => `${party}: ${stance}`).join('; '));
}
