import { COUNTRY_CODES } from '../data/types';
import type { CountryCode } from '../data/types';

/** A state's page, at its lower-case ISO alpha-2 code. */
export function countryPath(country: CountryCode): string {
  return `country/${country.toLowerCase()}/`;
}

/** From a page's folder back to the site's root: '' → './', 'country/ge/' → '../../'. */
export function rootFrom(path: string): string {
  const depth = path.split('/').filter(Boolean).length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

/**
 * From a state's page, or an edition's home page for null, back to that edition's root:
 * '../../' or './'. The one place a page's depth below its edition is worked out.
 */
export function editionRoot(country: CountryCode | null): string {
  return rootFrom(country ? countryPath(country) : '');
}

/** The state whose page `pathname` is (the address's path, any folder before it), or null. */
export function countryOfPath(pathname: string): CountryCode | null {
  const match = /\/country\/([a-z]{2})\/(?:index\.html)?$/.exec(pathname);
  const code = match?.[1]?.toUpperCase();
  return code && (COUNTRY_CODES as readonly string[]).includes(code) ? (code as CountryCode) : null;
}
