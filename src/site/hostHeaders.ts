/**
 * The one table of response headers the site needs, from which the build writes every host's
 * configuration (src/site/hostConfigs.ts): `_headers`, nginx, Caddy, Apache and Vercel.
 */
export interface HostHeaders {
  /** Sent with every response. */
  readonly everywhere: readonly (readonly [name: string, value: string])[];
  /** Cache-Control by folder of the site (from its root, with the slash), the first match wins. */
  readonly cacheByFolder: readonly {
    readonly folders: readonly string[];
    readonly value: string;
  }[];
  /** Cache-Control for everything else: the pages and the files with fixed names. */
  readonly cacheOtherwise: string;
  /** The top-level pages' folders, for `_headers`, where rules add up instead of overriding. */
  readonly pageFolders: readonly string[];
  /** The files at the root with fixed names, for `_headers` too. */
  readonly rootFiles: readonly string[];
}

/** Pages and fixed names: short, so a correction reaches readers within minutes. */
export const SHORT_CACHE = 'public, max-age=300';

/** The site's headers, given its Content-Security-Policy (src/site/contentSecurityPolicy.ts). */
export function hostHeaders(policy: string): HostHeaders {
  return {
    everywhere: [
      ['Content-Security-Policy', policy],
      // A sandbox="allow-scripts" embed has origin 'null', so its module scripts are CORS requests.
      ['Access-Control-Allow-Origin', '*'],
      ['X-Content-Type-Options', 'nosniff'],
    ],
    cacheByFolder: [
      // Hashed file names: a new build writes new names, so these never change.
      { folders: ['assets/'], value: 'public, max-age=31536000, immutable' },
      // Share images and data: not hashed, re-made by every build.
      { folders: ['og/', 'data/'], value: 'public, max-age=3600' },
    ],
    cacheOtherwise: SHORT_CACHE,
    pageFolders: ['country/', 'embed/', 'sources/', 'ru/'],
    rootFiles: ['embed.js', 'noscript.css', 'favicon.svg', 'robots.txt', 'sitemap.xml'],
  };
}

/**
 * The policy as a `<meta http-equiv>` tag can carry it, for hosts that send no headers. Browsers
 * ignore frame-ancestors, report-uri and sandbox in a meta policy (and report-to with them), so
 * they are left out; the site's own policy has none of them.
 */
export function metaPolicy(policy: string): string {
  const ignoredInMeta = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !ignoredInMeta.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}
