/** The `'sha256-…'` sources of the inline code the build writes into the pages. */
export interface InlineHashes {
  /** The script that runs before the first paint (public/pending.js), in every page's head. */
  readonly scripts: readonly string[];
  /** An embed's stylesheet, written into its page so the frame paints after one round trip. */
  readonly styles: readonly string[];
}

/**
 * The site's Content Security Policy (written into dist/_headers by scripts/prerender.mjs, and
 * served by `vite preview`, so every browser test runs under it): the page's own files only, and
 * of inline code only what the build wrote, each piece allowed by its hash. No 'unsafe-inline':
 * an injected script or style matches no hash.
 */
export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  const hashed = (hashes: readonly string[]) => hashes.map((hash) => ` '${hash}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashed(scripts)}`,
    `style-src 'self'${hashed(styles)}`,
    "object-src 'none'",
    "base-uri 'self'",
    // Trusted Types: only the `default` policy (src/map/leaflet/trustedTypesPolicy.ts), Leaflet's fixed strings.
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ].join('; ');
}
