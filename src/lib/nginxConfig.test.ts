import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNginxConfig } from './nginxConfig.ts';
import type { HeaderRule } from './headers.ts';

// A small rule set of its own, so these cases do not depend on the site's pages.
const RULES: HeaderRule[] = [
  { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
  { path: '/', headers: { 'X-Frame-Options': 'DENY' } },
  { path: '/embed/*', headers: { 'Cache-Control': 'public, max-age=300' } },
  { path: '/feed.xml', headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } },
];

/** The block that starts with `head`, up to its closing brace. */
function block(config: string, head: string): string {
  const start = config.indexOf(`${head} {`);
  assert.ok(start >= 0, `no block "${head}"`);
  let depth = 0;
  for (let i = config.indexOf('{', start); i < config.length; i++) {
    if (config[i] === '{') depth++;
    if (config[i] === '}' && --depth === 0) return config.slice(start, i + 1);
  }
  throw new Error(`block "${head}" is not closed`);
}

test('every location repeats the headers of the catch-all rule, because nginx drops inherited add_header lines', () => {
  const config = formatNginxConfig(RULES, { base: '/', serverName: 'news.example.org' });
  for (const head of ['location = /', 'location = /index.html', 'location ^~ /embed/', 'location = /feed.xml']) {
    assert.match(block(config, head), /add_header X-Content-Type-Options "nosniff" always;/, head);
  }
  assert.match(block(config, 'location ^~ /embed/'), /add_header Cache-Control "public, max-age=300" always;/);
  assert.doesNotMatch(block(config, 'location ^~ /embed/'), /X-Frame-Options/);
});

test('a Content-Type becomes the location type, never a second header', () => {
  const feed = block(formatNginxConfig(RULES, { base: '/', serverName: 'x' }), 'location = /feed.xml');
  // The charset goes to nginx's charset directive, so gzip_types still recognises the media type.
  assert.match(feed, /types \{ \} default_type "application\/atom\+xml"; charset utf-8; charset_types application\/atom\+xml;/);
  assert.doesNotMatch(feed, /add_header Content-Type/);
});

test('a sub-path build keeps every location, the 404 page and the hidden files under its base', () => {
  const base = '/factchecks/city-water/';
  const rules = RULES.map((rule) => ({ ...rule, path: rule.path.replace(/^\//, base) }));
  const config = formatNginxConfig(rules, { base, serverName: 'news.example.org' });
  const locations = [...config.matchAll(/location (?:[=^~]+ )?(\S+) \{/g)].map((match) => match[1]!);
  assert.ok(locations.length >= 6);
  for (const location of locations) assert.ok(location.startsWith(base), location);
  assert.match(config, new RegExp(`error_page 403 404 =404 ${base}404\\.html;`));
  assert.match(config, new RegExp(`location = ${base}nginx\\.conf \\{ return 404; \\}`));
});

test('http is redirected to https, and the lines a deployer changes are marked', () => {
  const config = formatNginxConfig(RULES, { base: '/', serverName: 'news.example.org' });
  assert.match(config, /listen 80;[^\n]*# CHANGE:[^\n]*\n[\s\S]*?return 301 https:\/\/\$host\$request_uri;/);
  for (const directive of ['listen 443 ssl', 'server_name news.example.org', 'ssl_certificate ', 'ssl_certificate_key ', 'root ']) {
    assert.match(config, new RegExp(`^\\s*${directive.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*# CHANGE:`, 'm'), directive);
  }
});

test('a missing address under an edition’s folder gets that edition’s not-found page, in every location under it', () => {
  // An edition ("nl/") with its own sections; nginx inherits error_page only into locations that set none.
  const rules: HeaderRule[] = [...RULES, { path: '/nl/', headers: { 'X-Frame-Options': 'DENY' } }, { path: '/nl/embed/*', headers: { 'Cache-Control': 'public, max-age=300' } }];
  for (const base of ['/', '/factchecks/city-water/']) {
    const at = (path: string) => `${base}${path.replace(/^\//, '')}`;
    const config = formatNginxConfig(rules.map((rule) => ({ ...rule, path: at(rule.path) })), { base, serverName: 'x', editionNotFound: { 'nl/': 'nl/404/index.html' } });
    const dutch = `error_page 403 404 =404 ${at('/nl/404/index.html')};`;
    const english = `error_page 403 404 =404 ${at('/404.html')};`;
    // The folder as a whole (for addresses no rule names), with the headers every page gets.
    assert.ok(block(config, `location ^~ ${at('/nl/')}`).includes(dutch), `${base}: the folder's own location`);
    assert.match(block(config, `location ^~ ${at('/nl/')}`), /add_header X-Content-Type-Options "nosniff" always;/);
    for (const head of [`location = ${at('/nl/')}`, `location = ${at('/nl/index.html')}`, `location ^~ ${at('/nl/embed/')}`]) assert.ok(block(config, head).includes(dutch), `${base}: ${head}`);
    // The root edition keeps the root page, and its locations set none of their own (they inherit it).
    assert.ok(block(config, `location ${base}`).includes(english));
    for (const head of [`location ^~ ${at('/embed/')}`, `location = ${at('/feed.xml')}`]) assert.doesNotMatch(block(config, head), /error_page/, head);
  }
});
