import type { Source, SourceId } from '../data/types';

/** The sources behind `ids`, in the order cited; unknown ids are skipped (the integrity test forbids them). */
export function resolveSources(ids: readonly SourceId[], sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every source id cited by any of the records, once each, in the order of `sources`. */
export function citedSources(
  records: readonly { readonly sourceIds: readonly SourceId[] }[],
  sources: readonly Source[],
): Source[] {
  const cited = new Set(records.flatMap((record) => record.sourceIds));
  return sources.filter((source) => cited.has(source.id));
}

/** The anchor id of a source in the sources list, so a citation can link to it. */
export function sourceAnchor(id: SourceId): string {
  return `source-${id.replace(/[^A-Za-z0-9-]/g, '-')}`;
}
