import { COUNTRIES } from '../data/countries';
import { CORRECTIONS } from '../data/corrections';
import { EVENTS } from '../data/events';
import { QUOTES } from '../data/quotes';
import { STATUS_CHANGES } from '../data/statusChanges';
import { STATUS_INFO } from '../data/statuses';
import { compareNames } from '../model/compareNames';
import { historyOf } from '../model/status';
import type { Cell } from './csv';

/** A downloadable table: its columns and rows, generated from the typed data (no second copy). */
export interface Dataset {
  readonly name: 'statuses' | 'timeline' | 'quotes' | 'corrections';
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, Cell>[];
}

const ids = (sourceIds: readonly string[]) => sourceIds.join(' ');

/**
 * Every status change of every state as the map applies it (historyOf), with its sources: `from`
 * is when the status took effect, `charter_ratified` the ratification's own date where the
 * Charter entered into force later.
 */
export function statusesDataset(): Dataset {
  const rows = [...COUNTRIES]
    .sort((a, b) => compareNames(a.name, b.name))
    .flatMap((country) => historyOf(STATUS_CHANGES, country.code).map((c) => ({ country, c })))
    .map(({ country, c }) => ({
      id: c.id,
      country_code: c.country,
      country: country.name,
      status: c.status,
      status_label: STATUS_INFO[c.status].label,
      from: c.from,
      charter_ratified: c.ratified ?? null,
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

/** The corrections log: what the page got wrong and when it was fixed, with sources. */
export function correctionsDataset(): Dataset {
  const rows = CORRECTIONS.map((c) => ({
    id: c.id,
    date: c.date,
    text: c.text,
    source_ids: ids(c.sourceIds),
  }));
  return { name: 'corrections', title: 'Corrections', columns: Object.keys(rows[0] ?? {}), rows };
}

export const DATASETS = [
  statusesDataset,
  timelineDataset,
  quotesDataset,
  correctionsDataset,
] as const;
