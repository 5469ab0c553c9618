/**
 * The data checks (architecture convention 2), each a small pure function: it takes records
 * labelled with where they come from and returns the problems found, in plain words, empty when
 * there are none. Run over the real data by `npm run check:data` and the unit tests, which also
 * show each one failing on a deliberately broken copy of a tiny fixture.
 */
import { EN } from '../../src/i18n/en';
import { eventWords } from '../../src/i18n/recordWords';
import type { EventWords } from '../../src/i18n/words';
import { COUNTRY_CODES } from '../../src/data/types';
import type {
  Certainty,
  ContestedPoint,
  Source,
  SourceId,
  StatusChange,
  TimelineEvent,
} from '../../src/data/types';
import { comparePartialDates, endOf, isPartialDate, startOf } from '../../src/model/dates';
import { inEffect } from '../../src/model/status';
import { PAGE_DAY } from './dataset';
import type { Cited, Dated, Doubtful } from './dataset';

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

/** 'contested' without a contested point, or a contested id that names no point. */
export function badContestedRefs(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const known = new Set<string>(points.map((point) => point.id));
  return records.flatMap((record) => {
    if (record.certainty === 'contested' && record.contested === undefined)
      return [`${record.where}: contested without a contested point`];
    if (record.contested !== undefined && !known.has(record.contested))
      return [`${record.where}: unknown contested point ${record.contested}`];
    return [];
  });
}

/** Records whose `contested` and `certainty` disagree: one is set without the other. */
export function contestedWithoutCertainty(
  records: readonly (Doubtful & { readonly certainty: Certainty })[],
): string[] {
  return records.flatMap((record) => {
    if (record.contested !== undefined && record.certainty !== 'contested')
      return [`${record.where}: names ${record.contested} but is ${record.certainty}`];
    return [];
  });
}

/** Contested points that no fact names: the page would never show them. */
export function orphanContestedPoints(
  records: readonly Doubtful[],
  points: readonly ContestedPoint[],
): string[] {
  const named = new Set(records.map((record) => record.contested));
  return points
    .filter((point) => !named.has(point.id))
    .map((point) => `contested point ${point.id} is attached to no fact`);
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

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * Meetings of leaders that do not list who came: a summit names at least two states (host
 * included) or none at all, and where its summary counts the leaders, it lists that many.
 */
export function summitsWithoutAttendees(
  events: readonly TimelineEvent[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events
    .filter((e) => e.category === 'summits')
    .flatMap((e) => {
      if (e.countries.length === 1)
        return [`event ${e.id}: a summit listing one state (${e.countries[0]})`];
      const counted = /\b(two|three|four|five|six|seven|eight|nine|ten) leaders\b/i.exec(
        words(e.id).summary,
      );
      const count = counted?.[1] ? NUMBER_WORDS.indexOf(counted[1].toLowerCase()) + 2 : null;
      if (count !== null && count !== e.countries.length)
        return [`event ${e.id}: says ${count} leaders but lists ${e.countries.length} states`];
      return [];
    });
}

/** An event whose dates parse (badDates reports the others). */
export function wellDated(e: TimelineEvent): boolean {
  return isPartialDate(e.date) && (e.endDate === undefined || isPartialDate(e.endDate));
}

/** Does a change (as recorded, or as it takes effect) fall within the event's period? */
function changeWithin(change: StatusChange, event: TimelineEvent): boolean {
  const first = startOf(event.date);
  const last = endOf(event.endDate ?? event.date);
  return [change.from, inEffect(change).from].some(
    (from) => startOf(from) <= last && endOf(from) >= first,
  );
}

/**
 * Events filed against the rule written at the top of events.ts: founding events fall in
 * Dec 1991; an announced withdrawal is a crisis; a membership event names its states; a crisis
 * did not change a named state's status, so no status change of one falls in its period.
 */
export function miscategorisedEvents(
  events: readonly TimelineEvent[],
  changes: readonly StatusChange[],
  words: (id: string) => EventWords = (id) => eventWords(EN.m, id),
): string[] {
  return events.filter(wellDated).flatMap((e) => {
    const problems: string[] = [];
    if (e.category === 'founding' && !startOf(e.date).startsWith('1991-12'))
      problems.push(`event ${e.id}: founding, but not in Dec 1991`);
    if (
      /announce[sd]?\b[^.]*\bwithdraw/i.test(`${words(e.id).title}. ${words(e.id).summary}`) &&
      e.category !== 'crises'
    )
      problems.push(`event ${e.id}: announces a withdrawal, so it belongs under crises`);
    if (e.category === 'membership' && e.countries.length === 0)
      problems.push(`event ${e.id}: membership, but names no state`);
    if (e.category === 'crises') {
      const changed = changes.filter((c) => e.countries.includes(c.country) && changeWithin(c, e));
      for (const c of changed)
        problems.push(
          `event ${e.id}: a crisis, but ${c.country}'s status changes then (${c.from})`,
        );
    }
    return problems;
  });
}

/**
 * A status change and a founding or membership event of the same state on the same date tell of
 * one moment: their certainty and contested point must agree (Georgia's withdrawal, say).
 */
export function disagreeingRecords(
  changes: readonly StatusChange[],
  events: readonly TimelineEvent[],
): string[] {
  return changes.flatMap((c) =>
    events
      .filter(
        (e) =>
          (e.category === 'membership' || e.category === 'founding') &&
          e.date === c.from &&
          e.countries.includes(c.country),
      )
      .filter((e) => e.certainty !== c.certainty || e.contested !== c.contested)
      .map(
        (e) =>
          `change ${c.id} is ${c.certainty}${c.contested ? ` (${c.contested})` : ''} but event ${e.id} is ${e.certainty}${e.contested ? ` (${e.contested})` : ''}`,
      ),
  );
}

/** Per country, changes not written in strictly increasing comparePartialDates order. */
export function unorderedHistories(changes: readonly StatusChange[]): string[] {
  const last = new Map<string, string>();
  const problems: string[] = [];
  for (const change of changes) {
    const previous = last.get(change.country);
    if (previous !== undefined && comparePartialDates(previous, change.from) >= 0)
      problems.push(`${change.country}: ${change.from} does not come after ${previous}`);
    last.set(change.country, change.from);
  }
  return problems;
}

/**
 * Dates that are not valid partial dates, or whose first day (the day the model places them on)
 * falls outside the span the explainer covers.
 */
export function badDates(dates: readonly Dated[], start: string, end: string): string[] {
  return dates.flatMap(({ where, date }) => {
    if (!isPartialDate(date)) return [`${where}: invalid date ${JSON.stringify(date)}`];
    const first = startOf(date);
    if (first < start || first > end) return [`${where}: date ${date} outside ${start}..${end}`];
    return [];
  });
}

/** Multi-day events that end before they start. */
export function backwardRanges(events: readonly TimelineEvent[]): string[] {
  return events
    .filter(
      (e) =>
        e.endDate !== undefined &&
        isPartialDate(e.date) &&
        isPartialDate(e.endDate) &&
        comparePartialDates(e.endDate, e.date) < 0,
    )
    .map((e) => `event ${e.id}: ends (${e.endDate}) before it starts (${e.date})`);
}

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

/** Source URLs that are not absolute http(s) URLs. */
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

/** The countries of the vocabulary that have no status history. */
export function missingHistories(changes: readonly StatusChange[]): string[] {
  const present = new Set<string>(changes.map((change) => change.country));
  return COUNTRY_CODES.filter((code) => !present.has(code)).map((code) => `${code}: no history`);
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
