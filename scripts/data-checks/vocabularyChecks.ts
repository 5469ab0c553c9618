/**
 * Checks of ids and vocabularies: known country codes, unique and URL-safe ids, and each status or
 * attendance with a label, a definition and a colour in every palette. Each returns the problems
 * found, in plain words; empty when there are none.
 */
import { COUNTRY_CODES } from '../../src/data/types';

/** Country codes outside the closed vocabulary. */
export function unknownCountries(records: readonly { where: string; country: string }[]): string[] {
  const known = new Set<string>(COUNTRY_CODES);
  return records
    .filter((record) => !known.has(record.country))
    .map((record) => `${record.where}: unknown country ${record.country}`);
}

/** Values that occur more than once. */
export function duplicates(kind: string, values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.flatMap((value) => {
    if (!seen.has(value)) {
      seen.add(value);
      return [];
    }
    return [`duplicate ${kind} ${value}`];
  });
}

/** Ids that cannot appear as they are in `?event=` / `?quote=` (the URL parser's pattern). */
export function notUrlSafe(kind: string, values: readonly string[]): string[] {
  return values
    .filter((value) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || value.length > 64)
    .map((value) => `${kind} id ${JSON.stringify(value)} is not URL-safe`);
}

/** Keys of a vocabulary without a non-empty label/definition or without a colour per scheme. */
export function incompleteTables(
  keys: readonly string[],
  info: Readonly<Record<string, { readonly label: string; readonly definition: string }>>,
  colors: Readonly<Record<string, Readonly<Record<string, string>>>>,
): string[] {
  return keys.flatMap((key) => {
    const problems: string[] = [];
    const entry = info[key];
    if (!entry?.label.trim()) problems.push(`${key}: no label`);
    if (!entry?.definition.trim()) problems.push(`${key}: no definition`);
    for (const [scheme, palette] of Object.entries(colors)) {
      const color = palette[key];
      if (color === undefined || !/^#[0-9a-f]{6}$/i.test(color))
        problems.push(`${key}: no colour in the ${scheme} palette`);
    }
    return problems;
  });
}
