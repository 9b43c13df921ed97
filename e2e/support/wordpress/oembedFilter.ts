/**
 * What WordPress does to an oEmbed `html` from a provider it does not trust before it puts it in a
 * post: a port of wp_filter_oembed_result (wp-includes/embed.php, WordPress 6.1) with the part of
 * wp_kses it relies on, for the tests' WordPress host page. Steps, as in the PHP:
 * 1. wp_kses with only <a href>, <blockquote> and <iframe src width height frameborder marginwidth
 *    marginheight scrolling title>: every other tag goes (its text stays), every other attribute goes;
 * 2. keep the first <blockquote>…</blockquote> (if any) and the last <iframe…></iframe>, nothing else;
 * 3. add "#?secret=…" to the src and data-secret to the iframe and the blockquote;
 * 4. with a blockquote: clip the iframe off screen (wp-embed.js removes that style when the frame
 *    reports) and give the blockquote class wp-embedded-content (which makes WordPress load wp-embed.js);
 * 5. class="wp-embedded-content" sandbox="allow-scripts" security="restricted" on the iframe.
 */
const ALLOWED: Record<string, string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

/** wp_kses for the tags above: rebuilds each allowed tag with its allowed attributes, drops the rest. */
export function kses(html: string, allowed: Record<string, string[]> = ALLOWED): string {
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g, (_tag, closing: string, name: string, rest: string) => {
    const element = name.toLowerCase();
    const keep = allowed[element];
    if (!keep) return '';
    if (closing) return `</${element}>`;
    const attributes = [...rest.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)]
      .filter((match) => keep.includes(match[1]!.toLowerCase()))
      .map((match) => `${match[1]!.toLowerCase()}="${match[2] ?? match[3] ?? match[4] ?? ''}"`);
    return `<${element}${attributes.map((attribute) => ` ${attribute}`).join('')}>`;
  });
}

export function wpFilterOembedResult(html: string, secret: string): string {
  let filtered = kses(html);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(filtered);
  if (!content?.[2]) throw new Error('WordPress would refuse this embed: no iframe survives its sanitiser');
  filtered = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(filtered);
  if (src) {
    filtered = filtered.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    filtered = filtered.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  filtered = kses(filtered, { ...ALLOWED, blockquote: ['data-secret'], iframe: [...ALLOWED.iframe!, 'data-secret'] });
  if (content[1]) {
    filtered = filtered.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    filtered = filtered.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return filtered.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}
