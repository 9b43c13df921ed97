import type { Claim } from './content/siteModel.ts';
import { PATHS, absoluteUrl } from './paths.ts';
import { SITE } from '../site.config.ts';

/**
 * schema.org ClaimReview for a claim page, as Google's Fact Check Explorer and other tools read it.
 * ratingValue places the label on the published scale (ratings.yaml, methodology page): 1 = least
 * supported, 5 = Confirmed; alternateName carries the label readers see.
 */
export function claimReviewJsonLd(claim: Claim, options: { site: string | URL; scale: { best: number; worst: number } }) {
  const firstAppearance = claim.appearances.find((appearance) => appearance.date) ?? claim.appearances[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absoluteUrl(options.site, PATHS.claim(claim.slug)),
    claimReviewed: claim.claim,
    datePublished: claim.published.iso,
    ...(claim.updates.length > 0 ? { dateModified: claim.updates.at(-1)!.date.iso } : {}),
    author: { '@type': 'Organization', name: SITE.publisher, url: absoluteUrl(options.site, PATHS.home) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claim.rating.value,
      bestRating: options.scale.best,
      worstRating: options.scale.worst,
      alternateName: claim.rating.label,
      ratingExplanation: claim.verdict,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: claim.madeBy.name },
      ...(firstAppearance?.date ? { datePublished: firstAppearance.date.iso } : {}),
      appearance: claim.appearances
        .filter((appearance) => appearance.source)
        .map((appearance) => ({
          '@type': 'CreativeWork',
          url: appearance.source!.url,
          headline: appearance.source!.title,
          ...(appearance.date ? { datePublished: appearance.date.iso } : {}),
        })),
    },
  };
}
