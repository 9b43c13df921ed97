/**
 * Runs in the embed's <head>, before first paint, so a forced theme (?theme=light|dark) never
 * flashes the other one. It must be inline to run that early; astro.config.mjs adds its hash to the
 * CSP, so no 'unsafe-inline' is needed.
 */
export const THEME_SCRIPT =
  "(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t})();";
