/**
 * The generated dist/nginx.conf, run by real nginx (Debian's package) over the built site, at the
 * root and under a sub-path (the two test builds of scripts/lib/testBuilds.ts): every built file is
 * requested over https and its response headers must be exactly what dist/_headers promises for
 * its path. The expectation is read from _headers here, with its own small parser and Netlify's
 * matching rule, not with src/lib/headers.ts, so a wrong generator cannot agree with itself.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join, relative } from 'node:path';
import { findExecutable } from './lib/findExecutable.ts';
import { startNginx, type RunningNginx } from './lib/nginx.ts';
import { SUB_PATH, TEST_DIST, TEST_SUB_PATH_DIST, TEST_SUB_PATH_ROOT } from './lib/testBuilds.ts';

const NGINX = findExecutable('nginx', ['/usr/sbin/nginx']);
/** The folders of the editions other than the root's, each with its own 404 page (src/pages/[locale]/404.astro). */
const EDITION_FOLDERS = ['nl'];
const OPENSSL = findExecutable('openssl', ['/usr/bin/openssl']);

// ---- what _headers promises, read independently --------------------------------------------------

interface Rule {
  path: string;
  headers: Array<[string, string]>;
}

/** Netlify's format: a path at the start of a line, then indented "Name: value" lines; # comments. */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      assert.ok(match && rules.length > 0, `_headers: cannot read the line "${line}"`);
      rules.at(-1)!.headers.push([match[1]!, match[2]!]);
    }
  }
  return rules;
}

/** Every header of every rule that matches: a trailing "*" matches any rest of the path, otherwise the path itself. */
function promised(rules: Rule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path;
    if (matches) for (const [name, value] of rule.headers) headers.set(name.toLowerCase(), value);
  }
  return headers;
}

/** The media type each kind of file must go out with where _headers does not name one (Debian's mime.types). */
const TYPE_BY_EXTENSION: Record<string, RegExp> = {
  html: /^text\/html\b/,
  js: /^(application|text)\/javascript\b/,
  css: /^text\/css\b/,
  svg: /^image\/svg\+xml\b/,
  png: /^image\/png$/,
  txt: /^text\/plain\b/,
  xml: /^(text|application)\/xml\b/,
};

// ---- the built files, as URLs ---------------------------------------------------------------------

function files(dist: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dist, path));
    }
  };
  walk(dist);
  return found;
}

const urlOf = (file: string, base: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

// ---- requests -------------------------------------------------------------------------------------

interface Answer {
  status: number;
  /** Every header as sent, lower-cased names, each with all its values (a repeated header shows up). */
  headers: Map<string, string[]>;
  body: Buffer;
}

function get(server: RunningNginx, path: string, overHttp = false, extraHeaders: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolvePromise, reject) => {
    const options = { host: '127.0.0.1', path, headers: { host: 'localhost', ...extraHeaders } };
    const onResponse = (response: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const headers = new Map<string, string[]>();
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i]!.toLowerCase();
          headers.set(name, [...(headers.get(name) ?? []), response.rawHeaders[i + 1]!]);
        }
        resolvePromise({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
    };
    const req = overHttp
      ? httpRequest({ ...options, port: server.httpPort }, onResponse)
      : httpsRequest({ ...options, port: server.httpsPort, ca: server.ca, servername: 'localhost' }, onResponse);
    req.on('error', reject);
    req.end();
  });
}

/** Differences between the headers nginx sent and those _headers promises (and those it promises elsewhere only). */
function headerProblems(answer: Answer, expected: Map<string, string>, everyPromisedName: Set<string>, file: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of expected) {
    const sent = answer.headers.get(name) ?? [];
    if (sent.length !== 1 || sent[0] !== value) problems.push(`${name}: expected "${value}", nginx sent ${sent.length ? sent.map((v) => `"${v}"`).join(' and ') : 'nothing'}`);
  }
  for (const name of everyPromisedName) {
    if (!expected.has(name) && name !== 'content-type' && answer.headers.has(name)) problems.push(`${name}: not promised here, nginx sent "${answer.headers.get(name)!.join(', ')}"`);
  }
  if (!expected.has('content-type')) {
    const extension = /\.([a-z0-9]+)$/.exec(file)?.[1] ?? '';
    const type = answer.headers.get('content-type') ?? [];
    const wanted = TYPE_BY_EXTENSION[extension];
    if (!wanted) problems.push(`no expected media type for .${extension} files: add one to this test`);
    else if (type.length !== 1 || !wanted.test(type[0]!)) problems.push(`content-type: expected ${wanted}, nginx sent ${type.join(' and ') || 'nothing'}`);
  }
  return problems;
}

// ---- the sites --------------------------------------------------------------------------------------

const missing = [
  ...(NGINX ? [] : ['nginx (Debian: apt-get install nginx; .ci/run installs it)']),
  ...(OPENSSL ? [] : ['openssl (Debian: apt-get install openssl), for the test certificate']),
  ...(existsSync(join(TEST_DIST, 'nginx.conf')) ? [] : [`${TEST_DIST}/nginx.conf (build the test site first: TEST_ONLY=build)`]),
];

if (missing.length > 0) {
  test('nginx serves the site with the headers of _headers', () => {
    assert.fail(`The real-nginx test cannot run: missing ${missing.join('; ')}.`);
  });
} else {
  /** The sub-path test build, which npm test's build stage placed under a web root at its URL path, as the README tells a deployer. */
  function subPathSite(): { dist: string; root: string } {
    assert.ok(existsSync(join(TEST_SUB_PATH_DIST, 'nginx.conf')), `no sub-path test build in ${TEST_SUB_PATH_ROOT} (build the test sites first: TEST_ONLY=build)`);
    return { dist: TEST_SUB_PATH_DIST, root: TEST_SUB_PATH_ROOT };
  }

  const sites = [
    { name: 'root build', base: '/', site: () => ({ dist: TEST_DIST, root: TEST_DIST }) },
    { name: `sub-path build (${SUB_PATH})`, base: SUB_PATH, site: subPathSite },
  ];

  for (const { name, base, site } of sites) {
    describe(`nginx over the ${name}`, () => {
      let server: RunningNginx;
      let dist: string;
      let rules: Rule[];
      before(async () => {
        const built = site();
        dist = built.dist;
        rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
        server = await startNginx({ nginx: NGINX!, openssl: OPENSSL!, siteConfig: readFileSync(join(dist, 'nginx.conf'), 'utf8'), root: built.root });
      });
      after(() => server?.stop());

      test('every built file is served with exactly the headers _headers promises for it', async (t) => {
        const everyName = new Set(rules.flatMap((rule) => rule.headers.map(([header]) => header.toLowerCase())));
        const deployFiles = new Set(['_headers', 'nginx.conf']);
        const problems: string[] = [];
        const shown = new Set<string>();
        const list = files(dist).filter((file) => !deployFiles.has(file));
        assert.ok(list.length > 50, `only ${list.length} files in ${dist}`);
        for (const file of list) {
          const url = urlOf(file, base);
          const answer = await get(server, url);
          if (answer.status !== 200) {
            problems.push(`${url}: status ${answer.status}`);
            continue;
          }
          const expected = promised(rules, url);
          problems.push(...headerProblems(answer, expected, everyName, file).map((problem) => `${url}: ${problem}`));
          // One line per kind of route in the output, for the record (the closing note quotes it).
          const kind = rules.filter((rule) => promised([rule], url).size > 0).map((rule) => rule.path).join(' + ');
          if (!shown.has(kind)) {
            shown.add(kind);
            t.diagnostic(`${url} [${kind}] → ${[...answer.headers].filter(([h]) => !['date', 'etag', 'last-modified', 'content-length', 'connection', 'accept-ranges'].includes(h)).map(([h, v]) => `${h}: ${v.join(' | ')}`).join('; ')}`);
          }
        }
        assert.deepEqual(problems, []);
      });

      test('a missing page is answered 404 with its edition’s 404 page and its headers, also where hashed assets live and for folders without a page', async () => {
        // The root's 404.html, and under an edition's folder (nl/) that edition's own page, in its language.
        const editionFolders = EDITION_FOLDERS.filter((folder) => existsSync(join(dist, folder, '404', 'index.html')));
        assert.ok(editionFolders.length > 0, `no edition's 404 page in ${dist} (expected ${EDITION_FOLDERS.map((folder) => `${folder}/404/index.html`).join(', ')})`);
        const editionOf = (url: string) => editionFolders.find((folder) => url.startsWith(`${base}${folder}/`));
        const pageFor = (url: string) => {
          const folder = editionOf(url);
          return folder ? { file: `${folder}/404/index.html`, url: `${base}${folder}/404/` } : { file: '404.html', url: `${base}404.html` };
        };
        const missingPages = [
          `${base}no-such-page/`, `${base}claims/no-such-claim/`, `${base}_astro/no-such-file.js`, `${base}oembed/claims/no-such-claim.json`,
          ...editionFolders.flatMap((folder) => [`${base}${folder}/no-such-page/`, `${base}${folder}/claims/no-such-claim/`, `${base}${folder}/embed/claims/no-such-claim/`, `${base}${folder}/oembed/claims/no-such-claim.json`]),
        ];
        // Folders of the build that hold no index.html (nginx would answer 403 Forbidden with its own page).
        const folders = [...new Set(files(dist).flatMap((file) => file.split('/').slice(0, -1).map((_, i, parts) => `${parts.slice(0, i + 1).join('/')}/`)))].filter(
          (folder) => !existsSync(join(dist, folder, 'index.html')),
        );
        assert.ok(folders.length > 0);
        assert.ok(folders.some((folder) => editionOf(`${base}${folder}`)), 'folders without a page under an edition folder too');
        for (const url of [...missingPages, ...folders.map((folder) => `${base}${folder}`)]) {
          const answer = await get(server, url);
          const page = pageFor(url);
          assert.equal(answer.status, 404, url);
          assert.ok(answer.body.equals(readFileSync(join(dist, page.file))), `${url}: the body is not ${page.file}`);
          assert.deepEqual(headerProblems(answer, promised(rules, page.url), new Set(), 'index.html'), [], url);
        }
      });

      test('the deployment files themselves are not served', async () => {
        for (const file of ['nginx.conf', '_headers']) assert.equal((await get(server, `${base}${file}`)).status, 404, file);
      });

      test('plain http redirects to the same address over https', async () => {
        const claim = readdirSync(join(dist, 'claims')).sort()[0]!;
        const path = `${base}claims/${claim}/?from=test`;
        const answer = await get(server, path, true);
        assert.equal(answer.status, 301);
        assert.deepEqual(answer.headers.get('location'), [`https://localhost${path}`]);
      });

      test('text is sent compressed to a browser that accepts it, and the page is the same', async () => {
        const { gunzipSync } = await import('node:zlib');
        for (const path of [`${base}timeline/`, `${base}claims.json`, `${base}feed.xml`]) {
          const plain = await get(server, path);
          const zipped = await get(server, path, false, { 'accept-encoding': 'gzip' });
          assert.deepEqual(zipped.headers.get('content-encoding'), ['gzip'], path);
          assert.ok(zipped.body.length < plain.body.length / 2, `${path}: ${zipped.body.length} of ${plain.body.length} bytes`);
          assert.ok(gunzipSync(zipped.body).equals(plain.body), `${path}: the compressed body is the page`);
        }
      });

      test('a directory asked for without its slash redirects to it', async () => {
        const claim = readdirSync(join(dist, 'claims')).sort()[0]!;
        const answer = await get(server, `${base}claims/${claim}`);
        assert.equal(answer.status, 301);
        assert.deepEqual(answer.headers.get('location'), [`${base}claims/${claim}/`]);
      });
    });
  }
}
