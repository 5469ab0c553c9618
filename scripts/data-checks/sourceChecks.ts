/**
 * Checks of citations: every id resolves, every record cites something, every source cited
 * anywhere is listed and cited by something, has a publisher's name and an http(s) address, no
 * fact about the page's day rests on a later source, no source is on the weak list, and no status
 * change or event rests on weak sources alone or is confirmed on Wikipedia alone. Each returns the problems found, in plain
 * words; empty when there are none.
 */
import type { Certainty, Source, SourceId } from '../../src/data/types';
import { startOf } from '../../src/model/dates';
import { PAGE_DAY } from './dataset';
import type { Cited } from './dataset';
import { onDomain, REFERENCE_DOMAINS, WEAK_DOMAINS, weakDomainOf } from './weakDomains';
import type { WeakDomain } from './weakDomains';

/** Cited ids that name no source. */
export function danglingSourceIds(records: readonly Cited[], sources: readonly Source[]): string[] {
  const known = new Set(sources.map((source) => source.id));
  return records.flatMap((record) =>
    record.sourceIds
      .filter((id) => !known.has(id))
      .map((id) => `${record.where}: unknown source id ${id}`),
  );
}

/** Every `sourceIds` list anywhere inside a value (records, tables, modules), with its path. */
export function sourceIdLists(value: unknown, path = 'data', seen = new Set<object>()): Cited[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sourceIds' && Array.isArray(child)
      ? [{ where: path, sourceIds: child as SourceId[] }]
      : sourceIdLists(child, `${path}.${key}`, seen),
  );
}

/**
 * Sources cited somewhere in the data that the page's sources list leaves out: a record that
 * cites sources but is missing from the list of citing records (the map's places once were).
 */
export function unlistedSources(found: readonly Cited[], listed: readonly Cited[]): string[] {
  const ids = new Set(listed.flatMap((record) => record.sourceIds));
  return found.flatMap((record) =>
    record.sourceIds
      .filter((id) => !ids.has(id))
      .map((id) => `${record.where}: cites ${id}, which the sources list leaves out`),
  );
}

/** Sources no record cites: the page would list them for nothing, or not at all. */
export function uncitedSources(records: readonly Cited[], sources: readonly Source[]): string[] {
  const cited = new Set(records.flatMap((record) => record.sourceIds));
  return sources.filter((s) => !cited.has(s.id)).map((s) => `source ${s.id} is cited by nothing`);
}

/** Records that cite nothing. */
export function emptySourceLists(records: readonly Cited[]): string[] {
  return records
    .filter((record) => record.sourceIds.length === 0)
    .map((record) => `${record.where}: no sources`);
}

/**
 * Facts about the page's day that cite a source published after it: a later source (Moldova's
 * announcements of January 2026, say) cannot be the basis of what held on that day.
 */
export function laterSources(records: readonly Cited[], sources: readonly Source[]): string[] {
  const later = new Set(
    sources.filter((s) => s.date && startOf(s.date) > PAGE_DAY).map((s) => s.id),
  );
  return records.flatMap((record) =>
    record.sourceIds
      .filter((id) => later.has(id))
      .map((id) => `${record.where}: cites ${id}, published after ${PAGE_DAY}`),
  );
}

/** Sources without a citation name in publishers.ts, and names there for no source. */
export function publisherMismatches(
  sources: readonly Source[],
  publishers: Readonly<Record<string, string>>,
): string[] {
  const ids = new Set(sources.map((source) => source.id));
  return [
    ...sources
      .filter((source) => source.publisher.trim() === '')
      .map((source) => `source ${source.id} has no publisher in publishers.ts`),
    ...Object.keys(publishers)
      .filter((id) => !ids.has(id))
      .map((id) => `publishers.ts names ${id}, which sources.ts does not define`),
  ];
}

/** Source URLs that are not absolute http(s) URLs. */
export function badUrls(sources: readonly Source[]): string[] {
  return sources.flatMap((source) => {
    try {
      const url = new URL(source.url);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !/\s/.test(source.url))
        return [];
    } catch {
      // reported below
    }
    return [`source ${source.id}: bad URL ${JSON.stringify(source.url)}`];
  });
}

/** Sources on the weak list (weakDomains.ts): a mirror, a forum, an aggregator and the like. */
export function weakSources(
  sources: readonly Source[],
  list: readonly WeakDomain[] = WEAK_DOMAINS,
): string[] {
  return sources.flatMap((source) => {
    const weak = weakDomainOf(source.url, list);
    return weak
      ? [`source ${source.id} is on the weak list (${weak.domain}: ${weak.reason}, ${weak.note})`]
      : [];
  });
}

/** A status change or an event, with how sure it says it is. */
export interface CertainRecord extends Cited {
  readonly certainty: Certainty;
}

/**
 * Status changes and events that rest only on weak sources, or only on reference works (and
 * weak sources) while marked confirmed: Wikipedia alone is one source, and the page says so.
 */
export function thinlySourced(
  records: readonly CertainRecord[],
  sources: readonly Source[],
  list: readonly WeakDomain[] = WEAK_DOMAINS,
): string[] {
  const url = new Map(sources.map((s) => [s.id, s.url]));
  const weak = (id: SourceId) => weakDomainOf(url.get(id) ?? '', list) !== undefined;
  const reference = (id: SourceId) =>
    REFERENCE_DOMAINS.some((domain) => onDomain(url.get(id) ?? '', domain));
  return records.flatMap((record) => {
    const ids = record.sourceIds.filter((id) => url.has(id));
    if (ids.length === 0) return [];
    if (ids.every(weak)) return [`${record.where}: rests only on weak sources`];
    if (record.certainty === 'confirmed' && ids.every((id) => weak(id) || reference(id)))
      return [`${record.where}: rests only on Wikipedia, yet is marked confirmed`];
    return [];
  });
}
