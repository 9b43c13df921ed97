import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from './content/siteModel.ts';
import { fixtureContent } from './content/testFixture.ts';
import { absoluteUrl, PATHS } from './paths.ts';

/**
 * SITE_URL is read once, when the module loads: each case loads a fresh copy of it (a distinct
 * query string is a distinct module) with the environment the build would have.
 */
let copies = 0;
async function siteUrlWith(value: string | undefined): Promise<string> {
  const saved = process.env.SITE_URL;
  if (value === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = value;
  try {
    const module = (await import(`./siteUrl.ts?copy=${(copies += 1)}`)) as typeof import('./siteUrl.ts');
    return module.SITE_URL;
  } finally {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  }
}

const model = buildSiteModel(fixtureContent());

test('the deployment’s SITE_URL is the origin of every absolute link', async () => {
  const origin = await siteUrlWith('https://news.example.com');
  assert.equal(origin, 'https://news.example.com');
  for (const claim of model.claims) assert.equal(absoluteUrl(origin, PATHS.claim(claim.slug)), `https://news.example.com/claims/${claim.slug}/`);
});

test('without SITE_URL the links point at a reserved example domain, never at somebody else’s site', async () => {
  const origin = await siteUrlWith(undefined);
  const { protocol, hostname } = new URL(origin);
  assert.equal(protocol, 'https:');
  // RFC 2606: example.org and its subdomains are reserved for documentation.
  assert.ok(hostname === 'example.org' || hostname.endsWith('.example.org'), hostname);
  for (const claim of model.claims) assert.ok(absoluteUrl(origin, PATHS.claim(claim.slug)).startsWith(`${origin}/claims/`), claim.slug);
});
