import type { APIRoute, GetStaticPaths } from 'astro';
import { buildInfo } from '../../../data/buildInfo';
import { resolveRevision } from '../../../data/reviewSince';
import { localeStaticPaths } from '../../../data/site';
import { proofStamp, stampCss } from '../../../lib/review/stamp';
import { uiFor } from '../../../i18n/ui';

export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

// The per-page proof stamp (revision, date, "PROOF"), linked from the two proof pages. A margin box
// can only print a CSS string, so the revision has to be written into a stylesheet at build time.
export const GET: APIRoute = ({ params }) => {
  const ui = uiFor(params.locale);
  const info = buildInfo();
  const since = process.env.REVIEW_SINCE ? resolveRevision(process.env.REVIEW_SINCE, process.env.CONTENT_DIR ?? './src/content') : undefined;
  const stamp = proofStamp({ label: ui.review.changes.stamp, commit: info.commit, date: info.builtAt, dirty: info.dirty, since: since?.commit });
  return new Response(stampCss(stamp, ui.review.pageOf), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
