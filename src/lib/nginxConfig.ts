import { type HeaderRule, ruleMatches } from './headers.ts';

/**
 * The nginx configuration of a build, made from the same rules as `_headers` (headerRules), so the
 * two cannot drift. nginx differs from Netlify in two ways that matter here:
 *  - one `location` answers a request, and a location with its own `add_header` drops every
 *    inherited one (https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header), so each
 *    location repeats the headers of every rule that covers it;
 *  - a Content-Type in `_headers` cannot be an `add_header` (the response would carry two), so it
 *    becomes the location's type.
 * Lines a deployer changes end in `# CHANGE:`; README ("Deploying with nginx") lists them.
 */
export interface NginxOptions {
  /** The deploy base, as Astro's config.base ("/" or "/factchecks/city-water/"). */
  base: string;
  /** The public host name (from the site URL). */
  serverName: string;
  /**
   * The not-found page of each edition folder other than the root's ("nl/" → "nl/404/index.html"),
   * relative to the base: a missing address under the folder gets its edition's page, in its language.
   */
  editionNotFound?: Readonly<Record<string, string>> | undefined;
}

/** Files of the build that describe the deployment; the configuration answers 404 for them. */
export const DEPLOY_FILES = ['_headers', 'nginx.conf'] as const;

interface Location {
  /** nginx's modifier: "=" exact, "^~" prefix that no regex location can override. */
  modifier: '=' | '^~';
  path: string;
  headers: Record<string, string>;
}

const merged = (rules: HeaderRule[]) => Object.assign({}, ...rules.map((rule) => rule.headers)) as Record<string, string>;

/** One location per rule (and per index.html behind an exact directory rule), with every header that applies there. */
function locations(rules: HeaderRule[], base: string): Location[] {
  const result: Location[] = [];
  for (const rule of rules) {
    if (rule.path === `${base}*`) continue; // the outer location
    if (rule.path.endsWith('*')) {
      const prefix = rule.path.slice(0, -1);
      // Everything under the prefix: the rules whose own prefix contains it.
      const covering = rules.filter((other) => other.path.endsWith('*') && prefix.startsWith(other.path.slice(0, -1)));
      result.push({ modifier: '^~', path: prefix, headers: merged(covering) });
    } else {
      // nginx answers "/" through an internal redirect to "/index.html", which a location of its own must catch.
      for (const path of rule.path.endsWith('/') ? [rule.path, `${rule.path}index.html`] : [rule.path]) {
        result.push({ modifier: '=', path, headers: merged(rules.filter((other) => ruleMatches(other.path, path))) });
      }
    }
  }
  return result;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * An empty types map leaves default_type as the only type: exactly the one _headers names. Its
 * charset goes to nginx's own charset directive: a media type that carries "; charset=…" in
 * default_type matches no gzip_types entry, and the feed and the CSV would go out uncompressed.
 */
function contentType(value: string, indent: string): string {
  const [type, ...parameters] = value.split(';').map((part) => part.trim());
  const charset = parameters.find((parameter) => /^charset=/i.test(parameter))?.slice('charset='.length);
  const others = parameters.filter((parameter) => !/^charset=/i.test(parameter));
  const mediaType = [type!, ...others].join('; ');
  return `${indent}types { } default_type ${quote(mediaType)};${charset ? ` charset ${charset}; charset_types ${mediaType};` : ''}`;
}

function directives(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(([name, value]) =>
    name.toLowerCase() === 'content-type'
      ? contentType(value, indent)
      : // "always": on error responses too (the 404 page carries the page headers).
        `${indent}add_header ${name} ${quote(value)} always;`,
  );
}

/**
 * The error_page line of a location: its edition's not-found page. nginx inherits error_page only
 * into a location that sets none of its own, so every location under an edition's folder names it.
 * 403 too: nginx forbids a folder without index.html (/claims/), where static hosts answer 404.
 */
function errorPage(path: string, base: string, editionNotFound: Readonly<Record<string, string>>, indent: string): string {
  const folder = Object.keys(editionNotFound).filter((prefix) => path.startsWith(`${base}${prefix}`)).sort((a, b) => b.length - a.length)[0];
  return `${indent}error_page 403 404 =404 ${base}${folder === undefined ? '404.html' : editionNotFound[folder]};`;
}

export function formatNginxConfig(rules: HeaderRule[], options: NginxOptions): string {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const editionNotFound = options.editionNotFound ?? {};
  const outer = rules.find((rule) => rule.path === `${base}*`)?.headers ?? {};
  // An edition's folder as a whole, for its addresses that no rule covers (/nl/no-such-page/): the
  // outer headers, and its own not-found page.
  const folders: Location[] = Object.keys(editionNotFound)
    .filter((prefix) => !rules.some((rule) => rule.path === `${base}${prefix}*`))
    .map((prefix) => ({ modifier: '^~', path: `${base}${prefix}`, headers: outer }));
  const locationBlocks = [...folders, ...locations(rules, base)].flatMap((location) => {
    const inEdition = Object.keys(editionNotFound).some((prefix) => location.path.startsWith(`${base}${prefix}`));
    return [
      `    location ${location.modifier} ${location.path} {`,
      ...(inEdition ? [errorPage(location.path, base, editionNotFound, '      ')] : []),
      ...directives(location.headers, '      '),
      '    }',
    ];
  });
  const host = options.serverName;
  const underBase = base === '/' ? 'the contents of dist/' : `dist/ copied to <root>${base}`;
  const lines = [
    '# nginx configuration for this site, written by `npm run build` from the rules that also write',
    '# _headers (src/lib/headers.ts, src/lib/nginxConfig.ts). Do not edit it here: change the rules and rebuild.',
    '# Include it in the http {} block of nginx.conf (Debian: copy it to /etc/nginx/sites-enabled/).',
    '# A deployer changes only the lines marked "# CHANGE:" (see README, "Deploying with nginx").',
    '',
    '# Plain http: every request is sent to the same address over https.',
    'server {',
    '  listen 80;  # CHANGE: the http port',
    '  listen [::]:80;  # CHANGE: the http port (IPv6; delete the line where there is none)',
    `  server_name ${host};  # CHANGE: only if the site is served under another host name than the build's SITE_URL`,
    '  return 301 https://$host$request_uri;',
    '}',
    '',
    'server {',
    // "listen … http2" rather than "http2 on": Debian 12 ships nginx 1.22, which predates the directive.
    '  listen 443 ssl http2;  # CHANGE: the https port',
    '  listen [::]:443 ssl http2;  # CHANGE: the https port (IPv6; delete the line where there is none)',
    `  server_name ${host};  # CHANGE: only if the site is served under another host name than the build's SITE_URL`,
    `  ssl_certificate /etc/letsencrypt/live/${host}/fullchain.pem;  # CHANGE: your certificate chain`,
    `  ssl_certificate_key /etc/letsencrypt/live/${host}/privkey.pem;  # CHANGE: its private key`,
    `  root /var/www/${host};  # CHANGE: the folder that holds ${underBase}`,
    '',
    // Everything of the site sits in this one block, so a host that serves other things can take it alone.
    `  location ${base} {`,
    '    index index.html;',
    '    charset utf-8;',
    '    server_tokens off;',
    // Relative redirects ("/claims/x" → "/claims/x/") stay right behind a proxy or on another port.
    '    absolute_redirect off;',
    // Compress text: the pages are long HTML (the timeline's is 175 KB raw, 35 KB gzip); nginx
    // compresses text/html alone unless told, and Debian ships gzip_types commented out.
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_types text/css text/csv application/javascript application/json application/atom+xml image/svg+xml;',
    errorPage(base, base, {}, '    '),
    ...directives(outer, '    '),
    '',
    ...locationBlocks,
    '',
    '    # The deployment files travel with the build but are not pages.',
    ...DEPLOY_FILES.map((file) => `    location = ${base}${file} { return 404; }`),
    '  }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
