import type { Claim } from './content/siteModel.ts';
import { PATHS, absoluteUrl } from './paths.ts';

/**
 * schema.org ClaimReview for a claim page, as Google's Fact Check Explorer and other tools read it
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck).
 * claimReviewed is the claim's hand-written short form: Google recommends at most 75 characters.
 * ratingValue places the label on the published scale (ratings.yaml, methodology page): 1 = least
 * supported, 5 = Confirmed; name and alternateName carry the label readers see. The claim's author is
 * credited by a name (with its doubt kept, e.g. "The Epoch Times (probably)"), not by a description.
 */
export function claimReviewJsonLd(claim: Claim, options: { site: string | URL; scale: { best: number; worst: number }; publisher: string; paths?: typeof PATHS; inLanguage?: string }) {
  // Each edition reviews the claim in its own language, at its own URL (Google reads inLanguage per review).
  const paths = options.paths ?? PATHS;
  const firstAppearance = claim.appearances.find((appearance) => appearance.date) ?? claim.appearances[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absoluteUrl(options.site, paths.claim(claim.slug)),
    inLanguage: options.inLanguage ?? 'en',
    claimReviewed: claim.shortForm,
    datePublished: claim.published.iso,
    ...(claim.updates.length > 0 ? { dateModified: claim.updates.at(-1)!.date.iso } : {}),
    author: { '@type': 'Organization', name: options.publisher, url: absoluteUrl(options.site, paths.home) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: claim.rating.value,
      bestRating: options.scale.best,
      worstRating: options.scale.worst,
      name: claim.rating.label,
      alternateName: claim.rating.label,
      ratingExplanation: claim.verdict,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Organization', name: claim.madeBy.authorName ?? claim.madeBy.name },
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
