import { COUNTRY_NAMES } from '../data/countries';
import { EVENTS } from '../data/events';
import { QUOTES } from '../data/quotes';
import { STATUS_CHANGES } from '../data/statusChanges';
import { STATUS_INFO } from '../data/statuses';
import { COUNTRY_CODES } from '../data/types';
import type { StatusChange } from '../data/types';
import { compareNames } from '../model/compareNames';
import { comparePartialDates } from '../model/dates';
import { statusPeriods } from '../model/status';
import type { Cell } from './csv';

/** A downloadable table: its columns and rows, generated from the typed data (no second copy). */
export interface Dataset {
  readonly name: 'statuses' | 'timeline' | 'quotes';
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, Cell>[];
}

const ids = (sourceIds: readonly string[]) => sourceIds.join(' ');

/**
 * Every status change of every state, with its sources, and when it was in force: the same
 * periods (statusPeriods) the map and the membership chart draw.
 */
export function statusesDataset(): Dataset {
  const periods = new Map(
    COUNTRY_CODES.flatMap((code) => statusPeriods(STATUS_CHANGES, code)).map((p) => [p.change, p]),
  );
  // The first and last day each change applied; no last day while it still held on 22 Dec 2025.
  const inForce = (change: StatusChange) => {
    const period = periods.get(change);
    return { from: period?.start ?? null, until: (period?.next && period.end) ?? null };
  };
  const rows = [...STATUS_CHANGES]
    .sort(
      (a, b) =>
        compareNames(COUNTRY_NAMES[a.country], COUNTRY_NAMES[b.country]) ||
        comparePartialDates(a.from, b.from),
    )
    .map((c) => ({
      country_code: c.country,
      country: COUNTRY_NAMES[c.country],
      status: c.status,
      status_label: STATUS_INFO[c.status].label,
      from: c.from,
      in_force_from: inForce(c).from,
      in_force_until: inForce(c).until,
      note: c.note,
      certainty: c.certainty,
      contested_point: c.contested ?? null,
      source_ids: ids(c.sourceIds),
    }));
  return { name: 'statuses', title: 'Status history', columns: Object.keys(rows[0] ?? {}), rows };
}

/** The timeline's events, with their sources. */
export function timelineDataset(): Dataset {
  const rows = EVENTS.map((e) => ({
    id: e.id,
    date: e.date,
    end_date: e.endDate ?? null,
    title: e.title,
    summary: e.summary,
    category: e.category,
    countries: e.countries.join(' '),
    certainty: e.certainty,
    contested_point: e.contested ?? null,
    source_ids: ids(e.sourceIds),
  }));
  return { name: 'timeline', title: 'Timeline', columns: Object.keys(rows[0] ?? {}), rows };
}

/** The quotes, verbatim, with speaker, place, date and sources. */
export function quotesDataset(): Dataset {
  const rows = QUOTES.map((q) => ({
    id: q.id,
    lead: q.lead ?? null,
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    place: q.place,
    date: q.date,
    origin: q.origin,
    source_ids: ids(q.sourceIds),
  }));
  return { name: 'quotes', title: 'Quotes', columns: Object.keys(rows[0] ?? {}), rows };
}

export const DATASETS = [statusesDataset, timelineDataset, quotesDataset] as const;
