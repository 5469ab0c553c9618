import type { HostHeaders, MovedEmbed } from './hostHeaders';

/**
 * Every host's configuration, written by the build (scripts/prerender.mjs) from the one table of
 * headers (src/site/hostHeaders.ts), so the policy a host sends is always the build's own. Each
 * takes the site's path on its host (`base`: '/' or '/cis/', from SITE_URL) and is pure.
 */

const HEADER = (comment: string) =>
  `${comment} Written by the build from src/site/hostHeaders.ts: copy it with every build, as the policy's hashes change with the pages' inline code.`;

/** Every folder with its own cache rule. */
const cachedFolders = (headers: HostHeaders) => headers.cacheByFolder.flatMap((r) => r.folders);

/** A value written between double quotes in a server's configuration: none of these needs one. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`cannot write ${value} in a server configuration`);
  return `"${value}"`;
}

/** The moved embeds grouped by home page, each home's rules in their order (the first match wins). */
function movedByHome(headers: HostHeaders): [home: string, moves: MovedEmbed[]][] {
  const homes = new Map<string, MovedEmbed[]>();
  for (const move of headers.movedEmbeds)
    homes.set(move.home, [...(homes.get(move.home) ?? []), move]);
  return [...homes];
}

const MOVED = (comment: string) =>
  `${comment} Embed addresses of before (?embed=1&view=map on an edition's home page) go for good to the embed's own page, their query whole, before any of the home page is sent.`;

/** `_headers` (Netlify, Cloudflare Pages): rules add up there, so the cache rules never overlap. */
export function headersFile(headers: HostHeaders, base = '/'): string {
  const rule = (path: string, lines: readonly (readonly [string, string])[]) =>
    [path, ...lines.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const short = [
    base,
    ...headers.pageFolders.map((folder) => `${base}${folder}*`),
    ...headers.rootFiles.map((file) => `${base}${file}`),
  ];
  return [
    HEADER('#'),
    rule(`${base}*`, headers.everywhere),
    '# Pages and fixed names: short, so a correction reaches readers within minutes.',
    ...short.map((path) => rule(path, [['Cache-Control', headers.cacheOtherwise]])),
    ...headers.cacheByFolder.flatMap(({ folders, value }) =>
      folders.map((folder) => rule(`${base}${folder}*`, [['Cache-Control', value]])),
    ),
    '',
  ].join('\n');
}

/**
 * `_redirects` (Netlify): a rule naming query parameters matches an address that has them, with
 * others beside; the address's query goes along; `!` applies it although a file (the home page)
 * is there. Cloudflare Pages ignores these lines, as it matches no query: there the page's first
 * script moves the address instead.
 */
export function redirectsFile(headers: HostHeaders, base = '/'): string {
  return [
    '# Written by the build from src/site/hostHeaders.ts.',
    MOVED('#'),
    ...headers.movedEmbeds.map(
      ({ home, view, to }) =>
        `${base}${home} embed=1${view ? ` view=${view}` : ''} ${base}${to} 301!`,
    ),
    '',
  ].join('\n');
}

/**
 * nginx: a snippet to `include` in the site's `server { … }` block, whose `root` holds the site
 * at `base`. nginx drops a block's inherited add_header lines where it has its own, so each
 * location carries them all.
 */
export function nginxConf(headers: HostHeaders, base = '/'): string {
  const location = (match: string, cache: string, more: readonly string[] = []) =>
    [
      `location ${match} {`,
      ...headers.everywhere.map(
        ([name, value]) => `    add_header ${name} ${quoted(value)} always;`,
      ),
      `    add_header Cache-Control ${quoted(cache)};`,
      ...more.map((line) => `    ${line}`),
      '}',
    ].join('\n');
  return [
    HEADER('#'),
    '# Include it inside the server block: `include /path/to/nginx.conf;`',
    'index index.html;',
    'gzip on;',
    'gzip_vary on;',
    'gzip_types text/css application/javascript text/javascript application/json image/svg+xml text/csv text/plain application/xml;',
    '',
    location(base, headers.cacheOtherwise),
    ...headers.cacheByFolder.flatMap(({ folders, value }) =>
      folders.map((folder) => location(`^~ ${base}${folder}`, value)),
    ),
    MOVED('#'),
    ...movedByHome(headers).map(([home, moves]) =>
      location(`= ${base}${home}`, headers.cacheOtherwise, [
        // A relative Location: behind a proxy that ends TLS, nginx would write http:// and its port.
        'absolute_redirect off;',
        'set $cis_moved "$arg_embed:$arg_view";',
        ...moves.map(
          ({ view, to }) =>
            `if ($cis_moved ${view ? `= "1:${view}"` : '~ "^1:"'}) { return 301 ${base}${to}$is_args$args; }`,
        ),
      ]),
    ),
    '',
  ].join('\n');
}

/**
 * Caddy: a site block. Its address and the folder that holds the site come from the environment
 * (CIS_ADDRESS, CIS_ROOT), or edit the first two lines. The cache rules' matchers never overlap.
 */
export function caddyfile(headers: HostHeaders, base = '/'): string {
  const paths = (folders: readonly string[]) => folders.map((f) => `${base}${f}*`).join(' ');
  const rules = headers.cacheByFolder.flatMap(({ folders, value }, index) => [
    `\t@cache${index} path ${paths(folders)}`,
    `\theader @cache${index} Cache-Control ${quoted(value)}`,
  ]);
  return [
    HEADER('#'),
    '{$CIS_ADDRESS::80} {',
    '\troot * {$CIS_ROOT:/srv/cis}',
    '\tencode gzip',
    '\tfile_server',
    '\theader {',
    ...headers.everywhere.map(([name, value]) => `\t\t${name} ${quoted(value)}`),
    '\t}',
    ...rules,
    `\t@short not path ${paths(cachedFolders(headers))}`,
    `\theader @short Cache-Control ${quoted(headers.cacheOtherwise)}`,
    MOVED('\t#'),
    ...headers.movedEmbeds.flatMap(({ home, view }, index) => [
      `\t@moved${index} {`,
      `\t\tpath ${base}${home}`,
      '\t\tquery embed=1',
      // Not `query embed=1 view=map`: Caddy 2.6 matches either pair there.
      ...(view ? [`\t\texpression \`{query.view} == "${view}"\``] : []),
      '\t}',
    ]),
    // In a route, in the order written: a view's own rule before the whole explainer's.
    '\troute {',
    ...headers.movedEmbeds.map(
      ({ to }, index) => `\t\tredir @moved${index} ${base}${to}?{query} 301`,
    ),
    '\t}',
    '}',
    '',
  ].join('\n');
}

/**
 * Apache: `.htaccess` at the site's folder (mod_headers; mod_rewrite moves old embed addresses and
 * mod_deflate compresses, where loaded).
 */
export function htaccess(headers: HostHeaders, base = '/'): string {
  const pattern = (folders: readonly string[]) =>
    `m#^${base}(${folders.map((f) => f.replace(/\/$/, '')).join('|')})/#`;
  return [
    HEADER('#'),
    'DirectoryIndex index.html',
    '<IfModule mod_headers.c>',
    ...headers.everywhere.map(([name, value]) => `  Header always set ${name} ${quoted(value)}`),
    `  Header set Cache-Control ${quoted(headers.cacheOtherwise)}`,
    ...headers.cacheByFolder.flatMap(({ folders, value }) => [
      `  <If "%{REQUEST_URI} =~ ${pattern(folders)}">`,
      `    Header set Cache-Control ${quoted(value)}`,
      '  </If>',
    ]),
    '</IfModule>',
    MOVED('#'),
    '<IfModule mod_rewrite.c>',
    '  RewriteEngine On',
    ...headers.movedEmbeds.flatMap(({ home, view, to }) => [
      '  RewriteCond %{QUERY_STRING} (^|&)embed=1(&|$)',
      ...(view ? [`  RewriteCond %{QUERY_STRING} (^|&)view=${view}(&|$)`] : []),
      // The path from the .htaccess's folder; the query goes along as it is.
      `  RewriteRule ^${home}(index\\.html)?$ ${base}${to} [R=301,L]`,
    ]),
    '</IfModule>',
    '<IfModule mod_deflate.c>',
    '  AddOutputFilterByType DEFLATE text/html text/css text/javascript application/javascript application/json image/svg+xml text/csv text/plain application/xml',
    '</IfModule>',
    '',
  ].join('\n');
}

/** Vercel: `vercel.json`'s moves and headers (its sources are path-to-regexp patterns). */
export function vercelJson(headers: HostHeaders, base = '/'): string {
  const pairs = (lines: readonly (readonly [string, string])[]) =>
    lines.map(([key, value]) => ({ key, value }));
  const others = cachedFolders(headers).join('|');
  return `${JSON.stringify(
    {
      // The first match wins; the query goes along.
      redirects: headers.movedEmbeds.map(({ home, view, to }) => ({
        source: `${base}${home}`,
        has: [
          { type: 'query', key: 'embed', value: '1' },
          ...(view ? [{ type: 'query', key: 'view', value: view }] : []),
        ],
        destination: `${base}${to}`,
        permanent: true,
      })),
      headers: [
        { source: `${base}(.*)`, headers: pairs(headers.everywhere) },
        {
          source: `${base}((?!${others}).*)`,
          headers: pairs([['Cache-Control', headers.cacheOtherwise]]),
        },
        ...headers.cacheByFolder.flatMap(({ folders, value }) =>
          folders.map((folder) => ({
            source: `${base}${folder}(.*)`,
            headers: pairs([['Cache-Control', value]]),
          })),
        ),
      ],
    },
    null,
    2,
  )}\n`;
}

/** Every host's file, by its name in the built site, from the site's policy and its path. */
export function hostFiles(headers: HostHeaders, base = '/'): Readonly<Record<string, string>> {
  return {
    _headers: headersFile(headers, base),
    _redirects: redirectsFile(headers, base),
    'nginx.conf': nginxConf(headers, base),
    Caddyfile: caddyfile(headers, base),
    '.htaccess': htaccess(headers, base),
    'vercel.json': vercelJson(headers, base),
  };
}
