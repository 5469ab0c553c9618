import { CITING_RECORDS } from '../data/citingRecords';
import { CORRECTIONS } from '../data/corrections';
import { EVENTS } from '../data/events';
import { QUOTES } from '../data/quotes';
import { SOURCES } from '../data/sources';
import { STATUS_CHANGES } from '../data/statusChanges';
import { COUNTRY_CODES } from '../data/types';
import { citedSources } from '../model/citations';
import { historyOf } from '../model/status';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { correctionText } from '../i18n/correctionWords';
import { changeNote, eventWords } from '../i18n/recordWords';
import type { Cell } from './csv';

/** A downloadable table: its columns and rows, generated from the typed data (no second copy). */
export interface Dataset {
  readonly name: 'statuses' | 'timeline' | 'quotes' | 'corrections' | 'sources';
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, Cell>[];
}

const ids = (sourceIds: readonly string[]) => sourceIds.join(' ');

/**
 * Every status change of every state as the map applies it (historyOf), with its sources, in the
 * locale's country order: `from` is when the status took effect, `charter_ratified` the
 * ratification's own date where the Charter entered into force later.
 */
export function statusesDataset({ m }: Locale<Messages>): Dataset {
  const rank = (code: (typeof COUNTRY_CODES)[number]) => m.countryOrder.indexOf(code);
  const rows = [...COUNTRY_CODES]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((code) => historyOf(STATUS_CHANGES, code))
    .map((c) => ({
      id: c.id,
      country_code: c.country,
      country: m.countries[c.country],
      status: c.status,
      status_label: m.statuses[c.status].label,
      from: c.from,
      charter_ratified: c.ratified ?? null,
      note: changeNote(m, c.id),
      certainty: c.certainty,
      contested_point: c.contested ?? null,
      source_ids: ids(c.sourceIds),
    }));
  return { name: 'statuses', columns: Object.keys(rows[0] ?? {}), rows };
}

/** The timeline's events, with their sources. */
export function timelineDataset({ m }: Locale<Messages>): Dataset {
  const rows = EVENTS.map((e) => ({
    id: e.id,
    date: e.date,
    end_date: e.endDate ?? null,
    title: eventWords(m, e.id).title,
    summary: eventWords(m, e.id).summary,
    category: e.category,
    countries: e.countries.join(' '),
    certainty: e.certainty,
    contested_point: e.contested ?? null,
    source_ids: ids(e.sourceIds),
  }));
  return { name: 'timeline', columns: Object.keys(rows[0] ?? {}), rows };
}

/** The quotes, verbatim, with speaker, place, date and sources, and their words as spoken. */
export function quotesDataset({ m }: Locale<Messages>): Dataset {
  const rows = QUOTES.map((q) => ({
    id: q.id,
    lead: q.lead ?? null,
    text: q.text,
    speaker: m.people[q.speaker].name,
    role: m.people[q.speaker].office,
    place: m.meetingFacts.venue,
    date: q.date,
    origin: q.origin,
    source_ids: ids(q.sourceIds),
    // The words as spoken (Russian): verbatim, or an outlet's reported speech, with their sources.
    spoken_lang: q.spoken?.lang ?? null,
    spoken_form: q.spoken?.form ?? null,
    spoken_text: q.spoken?.text ?? null,
    spoken_source_ids: q.spoken ? ids(q.spoken.sourceIds) : null,
  }));
  return { name: 'quotes', columns: Object.keys(rows[0] ?? {}), rows };
}

/** The corrections log: what the page got wrong and when it was fixed, with sources. */
export function correctionsDataset({ lang }: Locale<Messages>): Dataset {
  const rows = CORRECTIONS.map((c) => ({
    id: c.id,
    date: c.date,
    text: correctionText(lang, c.id),
    source_ids: ids(c.sourceIds),
  }));
  return { name: 'corrections', columns: Object.keys(rows[0] ?? {}), rows };
}

/**
 * The sources the page cites (the same list as the page's, from the one list of citing records),
 * so every source id in the other files can be looked up.
 */
export function sourcesDataset(locale?: Locale<Messages>): Dataset {
  const rows = citedSources(CITING_RECORDS, SOURCES).map((s) => ({
    id: s.id,
    publisher: locale?.m.publisherName(s.id) ?? s.publisher,
    title: s.title,
    url: s.url,
    date: s.date ?? null,
  }));
  return { name: 'sources', columns: Object.keys(rows[0] ?? {}), rows };
}

/** Every download, each made in the page's language. */
export const DATASETS: readonly ((locale: Locale<Messages>) => Dataset)[] = [
  statusesDataset,
  timelineDataset,
  quotesDataset,
  correctionsDataset,
  sourcesDataset,
];
