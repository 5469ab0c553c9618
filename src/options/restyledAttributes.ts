import type { UrlOptions } from './types';

/**
 * The root attributes by which the `restyled` parameters show (styles.css reads them). The app
 * sets them at start, and public/pending.js sets the same before the first paint (held to this
 * by tests/unit/options/pendingScript.test.ts), so the prerendered page hydrates as it is.
 */
export function restyledAttributes(options: UrlOptions): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (options.theme !== 'auto') attributes['data-theme'] = options.theme;
  if (options.transparent) attributes['data-transparent'] = 'true';
  return attributes;
}
