/**
 * Which glossary terms a piece of reader-facing text uses. Pure: the site model calls it with the
 * text a reader sees on a claim's page (and on its embed card), whatever the editors write there,
 * so a term is explained wherever it appears without anyone tagging it by hand.
 */

/** What the matcher needs of a glossary entry: the term and the other words that count as a use of it. */
export interface TermForms {
  id: string;
  term: string;
  forms: readonly string[];
}

// Letters and digits of any script, and the underscore: a term never matches inside a longer word
// ("tap" in "tapinformatie", "AT" in "KPN-AT" does match, since "-" separates words).
const WORD_CHAR = '[\\p{L}\\p{N}_]';
// A space or hyphen in a form matches any run of spaces and hyphens, so "lawful intercept" also
// finds "lawful-intercept" and "Inlichtingen- en" finds "Inlichtingen en".
const SEPARATOR = '[\\s\\u00a0\\-\\u2010\\u2011]+';

/**
 * The pattern for one form. A form with no lower-case letter ("AIVD", "4G", "AT") is an acronym
 * and matches only as written, so "at" and "Vog" never count; any other form matches in any case
 * and also in the plural with a final "s" ("core networks").
 */
export function formPattern(form: string): RegExp | undefined {
  const words = form.trim().split(/[\s\u00a0\-\u2010\u2011]+/u).filter((word) => word.length > 0);
  if (words.length === 0 || !words.some((word) => new RegExp(WORD_CHAR, 'u').test(word))) return undefined;
  const acronym = !/\p{Ll}/u.test(form);
  const body = words.map(escapeRegExp).join(SEPARATOR);
  const plural = !acronym && /\p{L}$/u.test(words.at(-1)!) ? 's?' : '';
  return new RegExp(`(?<!${WORD_CHAR})${body}${plural}(?!${WORD_CHAR})`, acronym ? 'u' : 'iu');
}

/** True when the text uses the term itself or any of its forms. */
export function usesTerm(text: string, term: TermForms): boolean {
  return [term.term, ...term.forms].some((form) => formPattern(form)?.test(text) ?? false);
}

/**
 * The terms used anywhere in the texts, in alphabetical order of the term so the list reads the
 * same on screen, in the card and on paper. Missing texts (undefined, empty) are skipped.
 */
export function termsUsedIn<T extends TermForms>(texts: ReadonlyArray<string | undefined | null>, glossary: readonly T[]): T[] {
  const text = texts.filter((part): part is string => typeof part === 'string' && part.length > 0).join('\n');
  if (text.length === 0) return [];
  return glossary
    .filter((term) => usesTerm(text, term))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/**
 * The words of a Markdown/MDX body as a reader sees them: link and image targets, tags, import and
 * export lines and emphasis marks removed, so an address such as ".../kpn-to-take-huawei-out-of-core/"
 * does not count as a use of "core".
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^\s*(?:import|export)\s.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[*`~]+/g, '')
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// Elements whose text a reader does not read as prose: code and the embed snippet's addresses,
// navigation to other pages, and what the browser never shows as text (an SVG's title and desc).
const NOT_PROSE = ['script', 'style', 'template', 'pre', 'code', 'nav', 'title', 'desc'];
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The words of rendered HTML as a reader sees them: tags, attributes (addresses, ids, classes) and
 * non-prose elements removed, character references decoded, so a page's terms list can be read
 * from exactly what the page renders and cannot drift from it when the page's wording changes.
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, ' ');
  for (const name of NOT_PROSE) text = text.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?</${name}>`, 'gi'), ' ');
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    });
}

/** The glossary terms a page uses, read from the HTML of its main content. */
export function termsUsedInHtml<T extends TermForms>(html: string, glossary: readonly T[]): T[] {
  return termsUsedIn([htmlToText(html)], glossary);
}
