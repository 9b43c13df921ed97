import { createHash } from 'node:crypto';

/**
 * The printed page's running head is the story's title, which lives in content (story.yaml), not in
 * print.css. A margin box's `content` cannot read the document, so the layouts inline this one rule;
 * its hash goes into the page's CSP (Astro.csp.insertStyleHash), as no inline style may run unhashed.
 */
export function runningHeadCss(title: string): string {
  // A CSS string: quotes and backslashes escaped, "<" escaped so the text can never close the <style>.
  const text = title.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/</g, '\\3c ').replace(/\n/g, ' ');
  return `@page{@top-center{content:"${text}"}}`;
}

/** The CSP source for an inline style: its SHA-256 in base64, as Astro's styleDirective takes it. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
