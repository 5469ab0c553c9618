import { EDITIONS } from '../i18n/editions';
import { embedPath } from '../options/pages';
import { VIEWS } from '../options/types';

/**
 * An embed address of before, moved for good: an edition's home page (`home`, from the site's
 * root) asked for with `embed=1` and, where `view` is not null, `view=<view>`, goes to `to`.
 */
export interface MovedEmbed {
  readonly home: string;
  readonly view: string | null;
  readonly to: string;
}

/**
 * The one table of response headers (and moves) the site needs, from which the build writes every
 * host's configuration (src/site/hostConfigs.ts): `_headers` and `_redirects`, nginx, Caddy,
 * Apache and Vercel.
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
  /**
   * Embed addresses of before (?embed=1&view=map on an edition's home page), the first match
   * winning: each view's own first, then the whole explainer's for any other. The query goes along
   * whole (the embed's page reads `embed=1` and its own view as saying nothing new).
   */
  readonly movedEmbeds: readonly MovedEmbed[];
}

/**
 * Where each edition's old embed addresses go: the view's page, or the whole explainer's where the
 * view is missing or unknown (its app then says so). public/pending.js does the same in the
 * browser on hosts without these rules; a host that has them sends none of the home page.
 */
export function movedEmbeds(): MovedEmbed[] {
  return Object.values(EDITIONS).flatMap(({ dir }) => [
    ...VIEWS.filter((view) => view !== 'all').map((view) => ({
      home: dir,
      view,
      to: `${dir}${embedPath(view)}`,
    })),
    { home: dir, view: null, to: `${dir}${embedPath('all')}` },
  ]);
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
    movedEmbeds: movedEmbeds(),
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
