/*
 * KPN–Huawei fact-check: sizes the fact-check's iframes on a host page to their content.
 * No dependencies. Include once or many times; it installs itself once.
 * It trusts a height message only when it comes from one of this page's fact-check iframes
 * (event.source) AND from that iframe's own origin (event.origin), and only when the height is a
 * sane number. The message type is EMBED_MESSAGE_TYPE in src/lib/embed/snippet.ts.
 */
(function () {
  var TYPE = 'kpn-huawei-factcheck:embed-height';
  var ATTR = 'data-kpn-huawei-embed';
  var MAX = 20000;
  if (window.__kpnHuaweiEmbed) return;
  window.__kpnHuaweiEmbed = true;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[' + ATTR + ']'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  // The request carries no data, so '*' is safe, and it reaches a frame still on about:blank without a warning.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: TYPE, request: 'height' }, '*');
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
