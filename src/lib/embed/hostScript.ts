import type { EmbedNames } from './names.ts';

/** The largest height embed.js applies; anything taller is refused and the frame keeps scrolling. */
export const MAX_EMBED_HEIGHT = 20000;

/**
 * The source of /embed.js, the host script of the snippet (src/pages/embed.js.ts serves it). It is
 * written here, as plain ES5 in a string, so its message type and attribute names come from the one
 * module the embeds and the tests use too: the three can no longer drift apart.
 *
 * It trusts a height message only when it comes from one of the page's fact-check iframes
 * (event.source) AND from that iframe's own origin (event.origin), and only when the height is a sane
 * number. The request it sends carries no data, so '*' is safe, and it reaches a frame still on
 * about:blank without a warning.
 */
export function hostScript(names: EmbedNames, shortTitle: string): string {
  return `/* ${shortTitle.replace(/\*\//g, '* /')}: sizes the fact-check's iframes on a host page to their content. No dependencies; installs itself once. */
(function () {
  var TYPE = ${JSON.stringify(names.messageType)};
  var ATTR = ${JSON.stringify(names.attribute)};
  var FALLBACK = ${JSON.stringify(names.fallbackAttribute)};
  var MAX = ${MAX_EMBED_HEIGHT};
  if (window.${names.installedFlag}) return;
  window.${names.installedFlag} = true;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[' + ATTR + ']'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: TYPE, request: 'height' }, '*');
  }
  // The link-only fallback before the frame is for hosts without scripts: once the frame reports, it has done its job.
  function hideFallback(frame) {
    var previous = frame.previousElementSibling;
    if (previous && previous.tagName === 'BLOCKQUOTE' && previous.getAttribute(FALLBACK) === frame.getAttribute(ATTR)) previous.hidden = true;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    var height = data.height;
    if (!isFinite(height) || height <= 0 || height > MAX) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin && frame.getAttribute(ATTR) === data.embed) {
        frame.style.height = Math.ceil(height) + 'px';
        hideFallback(frame);
        // Tell the embed the height now holds its content, so it can drop its own scrollbar.
        event.source.postMessage({ type: TYPE, applied: Math.ceil(height) }, event.origin);
        return;
      }
    }
  });

  // The embed reports on its own; ask as well, in case it did so before this script was listening.
  frames().forEach(function (frame) {
    frame.addEventListener('load', function () { ask(frame); });
    ask(frame);
  });
})();
`;
}
