import { describe, expect, it } from 'vitest';
import {
  caddyfile,
  headersFile,
  hostFiles,
  htaccess,
  nginxConf,
  redirectsFile,
  vercelJson,
} from '../../../src/site/hostConfigs';
import { hostHeaders, metaPolicy } from '../../../src/site/hostHeaders';
import { movedBy, parseHeadersFile, parseRedirectsFile } from '../../../scripts/serve.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-AB+/c='; object-src 'none'";
const HEADERS = hostHeaders(POLICY);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const HOURLY = 'public, max-age=3600';
const SHORT = 'public, max-age=300';

/** Paths of the built site and the Cache-Control each must get. */
const CACHE_OF: Record<string, string> = {
  '': SHORT,
  'country/kz/': SHORT,
  'ru/country/kz/': SHORT,
  'embed/map/': SHORT,
  'embed.js': SHORT,
  'favicon.svg': SHORT,
  'assets/index-abc.css': IMMUTABLE,
  'og/home.png': HOURLY,
  'og/ru/ge.png': HOURLY,
  'data/cis-quotes.csv': HOURLY,
};

type Rule = { pattern: RegExp; headers: [string, string][] };

/** Old embed addresses (from the site's root) and the page each moves to, or null for none. */
const MOVES: readonly (readonly [address: string, to: string | null])[] = [
  ['?embed=1&view=map&theme=dark', 'embed/map/'],
  ['?view=history&embed=1', 'embed/history/'],
  ['?embed=1&view=timeline', 'embed/timeline/'],
  ['?embed=1&view=quotes', 'embed/quotes/'],
  ['?embed=1', 'embed/'],
  ['?embed=1&view=all', 'embed/'],
  ['?embed=1&view=globe', 'embed/'],
  ['ru/?embed=1&view=map', 'ru/embed/map/'],
  ['ru/?embed=1&country=GE', 'ru/embed/'],
  ['?view=map', null],
  ['?embed=0&view=map', null],
  ['country/kz/?embed=1', null],
  ['embed/?embed=1&view=map', null],
];

/** Every header each rule that matches `path` sets, in order, as Netlify adds them up. */
const matching = (
  rules: { test: (path: string) => boolean; headers: [string, string][] }[],
  path: string,
) => rules.filter((rule) => rule.test(path)).flatMap((rule) => rule.headers);

describe('the one table of headers', () => {
  it('sends the policy, CORS for sandboxed embeds and nosniff everywhere', () => {
    expect(HEADERS.everywhere).toEqual([
      ['Content-Security-Policy', POLICY],
      ['Access-Control-Allow-Origin', '*'],
      ['X-Content-Type-Options', 'nosniff'],
    ]);
  });

  it('as a meta tag, leaves out what a meta policy cannot carry', () => {
    expect(metaPolicy(`${POLICY}; frame-ancestors 'none'; report-uri /r; sandbox`)).toBe(POLICY);
    expect(metaPolicy(POLICY)).toBe(POLICY);
  });
});

describe.each(['/', '/cis/'])('the host files for a site at %s', (base) => {
  it('_headers: every path gets the policy and exactly one Cache-Control, the right one', () => {
    const rules = (parseHeadersFile(headersFile(HEADERS, base)) as Rule[]).map((rule) => ({
      test: (path: string) => rule.pattern.test(path),
      headers: rule.headers,
    }));
    for (const [path, cache] of Object.entries(CACHE_OF)) {
      const headers = matching(rules, `${base}${path}`);
      expect(
        headers.filter(([name]) => name === 'Cache-Control'),
        path,
      ).toEqual([['Cache-Control', cache]]);
      expect(headers, path).toContainEqual(['Content-Security-Policy', POLICY]);
    }
  });

  it('vercel.json: the same, its sources read as the patterns they are', () => {
    const { headers } = JSON.parse(vercelJson(HEADERS, base)) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const rules = headers.map(({ source, headers: pairs }) => ({
      test: (path: string) => new RegExp(`^${source}$`).test(path),
      headers: pairs.map(({ key, value }): [string, string] => [key, value]),
    }));
    for (const [path, cache] of Object.entries(CACHE_OF)) {
      const found = matching(rules, `${base}${path}`);
      expect(
        found.filter(([name]) => name === 'Cache-Control'),
        path,
      ).toEqual([['Cache-Control', cache]]);
      expect(found, path).toContainEqual(['Content-Security-Policy', POLICY]);
    }
  });

  it('nginx: each location repeats every header (nginx drops inherited ones) with its own cache', () => {
    const conf = nginxConf(HEADERS, base);
    const locations = [...conf.matchAll(/location ([^{=]+) \{([^}]*)\}/g)];
    expect(locations.map((l) => l[1])).toEqual([
      base,
      `^~ ${base}assets/`,
      `^~ ${base}og/`,
      `^~ ${base}data/`,
    ]);
    const caches = [SHORT, IMMUTABLE, HOURLY, HOURLY];
    locations.forEach(([, , body = ''], index) => {
      expect(body).toContain(`add_header Content-Security-Policy "${POLICY}" always;`);
      expect(body).toContain('add_header Access-Control-Allow-Origin "*" always;');
      expect(body.match(/Cache-Control/g)).toHaveLength(1);
      expect(body).toContain(`add_header Cache-Control "${caches[index]}";`);
    });
    expect(conf).toMatch(/^gzip on;$/m);
    expect(conf).toMatch(/^gzip_vary on;$/m);
  });

  it('Caddy: the policy on every response, cache matchers that never overlap, gzip', () => {
    const conf = caddyfile(HEADERS, base);
    expect(conf).toContain(`\t\tContent-Security-Policy "${POLICY}"`);
    expect(conf).toContain('\tencode gzip');
    expect(conf).toContain(
      `\t@cache0 path ${base}assets/*\n\theader @cache0 Cache-Control "${IMMUTABLE}"`,
    );
    expect(conf).toContain(
      `\t@cache1 path ${base}og/* ${base}data/*\n\theader @cache1 Cache-Control "${HOURLY}"`,
    );
    expect(conf).toContain(
      `\t@short not path ${base}assets/* ${base}og/* ${base}data/*\n\theader @short Cache-Control "${SHORT}"`,
    );
  });

  it('Apache: the policy always, the short cache overridden for the hashed and the hourly folders', () => {
    const conf = htaccess(HEADERS, base);
    expect(conf).toContain(`Header always set Content-Security-Policy "${POLICY}"`);
    expect(conf).toContain(`Header set Cache-Control "${SHORT}"`);
    expect(conf).toContain(
      `<If "%{REQUEST_URI} =~ m#^${base}(assets)/#">\n    Header set Cache-Control "${IMMUTABLE}"`,
    );
    expect(conf).toContain(
      `<If "%{REQUEST_URI} =~ m#^${base}(og|data)/#">\n    Header set Cache-Control "${HOURLY}"`,
    );
    expect(conf).toContain('AddOutputFilterByType DEFLATE text/html text/css');
  });
});

describe.each(['/', '/cis/'])('old embed addresses, on a site at %s', (base) => {
  it('_redirects: each goes to its view’s page, the query along, and nothing else moves', () => {
    const rules = parseRedirectsFile(redirectsFile(HEADERS, base));
    for (const [address, to] of MOVES) {
      const [path = '', search = ''] = `${base}${address}`.split(/(?=\?)/);
      const moved = movedBy(rules, path, search);
      expect(moved, address).toEqual(
        to === null ? null : { status: 301, location: `${base}${to}${search}` },
      );
    }
  });

  it('nginx: an exact location per home page, every header in it, each view before the rest', () => {
    const conf = nginxConf(HEADERS, base);
    for (const home of ['', 'ru/']) {
      const block = conf.split(`location = ${base}${home} {`)[1]?.split('\n}')[0] ?? '';
      expect(block).toContain(`add_header Content-Security-Policy "${POLICY}" always;`);
      expect(block).toContain('absolute_redirect off;');
      expect(block.match(/if \(\$cis_moved .*/g)).toEqual([
        ...['map', 'history', 'timeline', 'quotes'].map(
          (view) =>
            `if ($cis_moved = "1:${view}") { return 301 ${base}${home}embed/${view}/$is_args$args; }`,
        ),
        `if ($cis_moved ~ "^1:") { return 301 ${base}${home}embed/$is_args$args; }`,
      ]);
    }
  });

  it('Caddy: a matcher per move, tried in order in a route, the query along', () => {
    const conf = caddyfile(HEADERS, base);
    expect(conf).toContain(
      `\t@moved0 {\n\t\tpath ${base}\n\t\tquery embed=1\n\t\texpression \`{query.view} == "map"\`\n\t}`,
    );
    expect(conf).toContain(`\t@moved4 {\n\t\tpath ${base}\n\t\tquery embed=1\n\t}`);
    const route = conf.split('\troute {\n')[1]?.split('\n\t}')[0]?.split('\n') ?? [];
    expect(route).toHaveLength(10);
    expect(route[0]).toBe(`\t\tredir @moved0 ${base}embed/map/?{query} 301`);
    expect(route[4]).toBe(`\t\tredir @moved4 ${base}embed/?{query} 301`);
    expect(route[9]).toBe(`\t\tredir @moved9 ${base}ru/embed/?{query} 301`);
  });

  it('Apache: a rewrite per move, each view before the rest, the query along', () => {
    const rules = htaccess(HEADERS, base).match(/RewriteRule .*/g);
    expect(rules?.slice(0, 5)).toEqual([
      ...['map', 'history', 'timeline', 'quotes'].map(
        (view) => `RewriteRule ^(index\\.html)?$ ${base}embed/${view}/ [R=301,L]`,
      ),
      `RewriteRule ^(index\\.html)?$ ${base}embed/ [R=301,L]`,
    ]);
    expect(rules?.[9]).toBe(`RewriteRule ^ru/(index\\.html)?$ ${base}ru/embed/ [R=301,L]`);
  });

  it('vercel.json: a redirect per move, first match first, the query along', () => {
    const { redirects } = JSON.parse(vercelJson(HEADERS, base)) as {
      redirects: { source: string; has: { key: string; value: string }[]; destination: string }[];
    };
    const take = (path: string, search: string) =>
      redirects.find(
        (r) =>
          r.source === path &&
          r.has.every(({ key, value }) => new URLSearchParams(search).get(key) === value),
      )?.destination ?? null;
    for (const [address, to] of MOVES) {
      const [path = '', search = ''] = `${base}${address}`.split(/(?=\?)/);
      expect(take(path, search), address).toBe(to === null ? null : `${base}${to}`);
    }
  });
});

describe('hostFiles', () => {
  it('writes every host’s file by its name in the site', () => {
    expect(Object.keys(hostFiles(HEADERS))).toEqual([
      '_headers',
      '_redirects',
      'nginx.conf',
      'Caddyfile',
      '.htaccess',
      'vercel.json',
    ]);
  });

  it('refuses a value that would break out of a server configuration’s quotes', () => {
    const hostile = hostHeaders(`default-src 'self'"; add_header X "$host`);
    expect(() => nginxConf(hostile)).toThrow(/cannot write/);
    expect(() => caddyfile(hostile)).toThrow(/cannot write/);
    expect(() => htaccess(hostile)).toThrow(/cannot write/);
  });
});
