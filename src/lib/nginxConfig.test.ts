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
