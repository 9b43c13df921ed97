import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { THEME_SCRIPT } from './themeScript.ts';

/** Runs the script as the embed's <head> runs it, at a given address, and returns the theme it set on <html>. */
function themeAt(url: string): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(THEME_SCRIPT, { location: new URL(url), URLSearchParams, document: { documentElement: { dataset } } });
  return dataset.theme;
}

test('?theme=light and ?theme=dark force that theme before first paint; anything else leaves the reader’s own', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://desk.example/embed/claims/a/?theme=light', 'light'],
    ['https://desk.example/embed/claims/a/?theme=dark', 'dark'],
    ['https://desk.example/embed/claims/a/?lang=nl&theme=dark', 'dark'],
    ['https://desk.example/embed/claims/a/', undefined],
    ['https://desk.example/embed/claims/a/?theme=', undefined],
    ['https://desk.example/embed/claims/a/?theme=sepia', undefined],
    ['https://desk.example/embed/claims/a/?theme=DARK', undefined],
    ['https://desk.example/embed/claims/a/?theme=dark%22%3E%3Cscript%3E', undefined],
  ];
  for (const [url, theme] of cases) assert.equal(themeAt(url), theme, url);
});

test('the script can sit inline in <head>: one statement, no markup that would end the element, no global left behind', () => {
  assert.doesNotMatch(THEME_SCRIPT, /<\/?script|<!--/i);
  assert.doesNotMatch(THEME_SCRIPT, /\n/);
  // Wrapped in a function, so the page's other scripts never see its variable.
  const context: Record<string, unknown> = { location: new URL('https://desk.example/?theme=dark'), URLSearchParams, document: { documentElement: { dataset: {} } } };
  runInNewContext(THEME_SCRIPT, context);
  assert.deepEqual(Object.keys(context).sort(), ['URLSearchParams', 'document', 'location']);
});
