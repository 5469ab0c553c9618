import { EN_DATES, EN_LISTS, EN_UI } from '../../../src/i18n/en/ui';
import { EN_FACTS } from '../../../src/i18n/en/facts';
import { EN_RECORDS } from '../../../src/i18n/en/records';
import { EN_STORY } from '../../../src/i18n/en/story';
import { makeLocale } from '../../../src/i18n/locale';
import type { DateWords, Locale } from '../../../src/i18n/locale';
import type { Messages } from '../../../src/i18n/messages';

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** Every string wrapped in ⟦…⟧, every message function's result too; codes left alone. */
function wrap<T>(value: T, key = ''): T {
  if (typeof value === 'string') return `${OPEN}${value}${CLOSE}` as T;
  if (typeof value === 'function')
    return ((...args: unknown[]) => wrap((value as (...a: unknown[]) => unknown)(...args))) as T;
  // The country order is a list of codes, not words.
  if (Array.isArray(value))
    return (key === 'countryOrder' ? value : value.map((v) => wrap(v))) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v, k)])) as T;
  return value;
}

/**
 * A pseudo-locale: the English catalogue with every message marked, so any reader-visible text
 * that did not come from the catalogue stands out unmarked.
 */
const MARKED: Locale<Messages> = makeLocale(
  'en',
  'en-GB',
  wrap({ ...EN_UI, ...EN_FACTS, ...EN_RECORDS, ...EN_STORY }),
  wrap<DateWords>(EN_DATES),
  EN_LISTS,
);
// Lists are joined by the language's own rule ("A, B and C"): marked as the language's words too.
export const PSEUDO: Locale<Messages> = { ...MARKED, list: (items) => wrap(MARKED.list(items)) };

/** The text with every marked stretch (nested ones included) taken out. */
export function unmarked(text: string): string {
  let depth = 0;
  let out = '';
  for (const char of text) {
    if (char === OPEN) depth += 1;
    else if (char === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += char;
  }
  return out;
}
