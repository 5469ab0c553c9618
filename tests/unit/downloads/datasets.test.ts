import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/downloads/csv';
import { parseCsv } from '../../fixtures/parseCsv';
import {
  DATASETS,
  correctionsDataset,
  quotesDataset,
  sourcesDataset,
  statusesDataset,
  timelineDataset,
} from '../../../src/downloads/datasets';
import { CITING_RECORDS } from '../../../src/data/citingRecords';
import { citedSources } from '../../../src/model/citations';
import { CORRECTIONS } from '../../../src/data/corrections';
import { EVENTS } from '../../../src/data/events';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { RU } from '../../../src/i18n/ru';
import { EN } from '../../../src/i18n/en';

const SOURCE_IDS = new Set(SOURCES.map((source) => source.id));
const all = DATASETS.map((make) => make(EN));
/** The files whose rows cite sources: all but the sources themselves. */
const citing = all.filter((d) => d.name !== 'sources');

describe('datasets', () => {
  it('are the statuses, the timeline, the quotes, the corrections and the sources', () => {
    expect(all.map((d) => d.name)).toEqual([
      'statuses',
      'timeline',
      'quotes',
      'corrections',
      'sources',
    ]);
  });

  it('sources: lists every source the other files cite, and the page’s list exactly', () => {
    const listed = sourcesDataset().rows.map((row) => row['id']);
    const cited = citing.flatMap((d) =>
      d.rows.flatMap((row) =>
        ['source_ids', 'spoken_source_ids'].flatMap((key) =>
          typeof row[key] === 'string' ? (row[key] as string).split(' ') : [],
        ),
      ),
    );
    expect(cited.filter((id) => !listed.includes(id))).toEqual([]);
    expect(listed).toEqual(citedSources(CITING_RECORDS, SOURCES).map((s) => s.id));
    // The map's places cite their cities' points and the Executive Committee's address.
    expect(listed).toEqual(expect.arrayContaining(['G2', 'T9']));
    expect(sourcesDataset().columns).toEqual(['id', 'publisher', 'title', 'url', 'date']);
  });

  it('have one row per record of the data', () => {
    expect(statusesDataset(EN).rows).toHaveLength(STATUS_CHANGES.length);
    expect(timelineDataset(EN).rows).toHaveLength(EVENTS.length);
    expect(quotesDataset(EN).rows).toHaveLength(QUOTES.length);
    expect(correctionsDataset(EN).rows).toHaveLength(CORRECTIONS.length);
  });

  it('have the documented columns, source_ids last', () => {
    expect(statusesDataset(EN).columns).toEqual([
      'id',
      'country_code',
      'country',
      'status',
      'status_label',
      'from',
      'charter_ratified',
      'note',
      'certainty',
      'contested_point',
      'source_ids',
    ]);
    expect(timelineDataset(EN).columns).toEqual([
      'id',
      'date',
      'end_date',
      'title',
      'summary',
      'category',
      'countries',
      'certainty',
      'contested_point',
      'source_ids',
    ]);
    expect(quotesDataset(EN).columns).toEqual([
      'id',
      'lead',
      'text',
      'speaker',
      'role',
      'place',
      'date',
      'origin',
      'source_ids',
      'spoken_lang',
      'spoken_form',
      'spoken_text',
      'spoken_source_ids',
    ]);
    expect(correctionsDataset(EN).columns).toEqual(['id', 'date', 'text', 'source_ids']);
  });

  it.each(citing.map((d) => [d.name, d] as const))(
    '%s: every row has non-empty source_ids, each a known source',
    (_, dataset) => {
      for (const row of dataset.rows) {
        const ids = row['source_ids'];
        expect(typeof ids, JSON.stringify(row)).toBe('string');
        expect((ids as string).trim(), JSON.stringify(row)).not.toBe('');
        for (const id of (ids as string).split(' ')) {
          expect(SOURCE_IDS.has(id), `${id} in ${JSON.stringify(row)}`).toBe(true);
        }
      }
    },
  );

  it.each(all.map((d) => [d.name, d] as const))(
    '%s: every row has exactly the columns, and only cell values',
    (_, dataset) => {
      for (const row of dataset.rows) {
        expect(Object.keys(row)).toEqual(dataset.columns);
        for (const value of Object.values(row)) {
          expect(value === null || ['string', 'number'].includes(typeof value)).toBe(true);
        }
      }
    },
  );

  it('statuses: sorted by country name, then date; Georgia withdrawn from 2009-08-18', () => {
    const rows = statusesDataset(EN).rows;
    const names = rows.map((row) => row['country'] as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const georgia = rows.filter((row) => row['country_code'] === 'GE');
    expect(georgia.map((row) => row['status'])).toEqual([
      'not-yet-joined',
      'founding-party',
      'member',
      'withdrawn',
    ]);
    expect(georgia.at(-1)).toMatchObject({
      country: 'Georgia',
      status_label: 'Withdrawn',
      from: '2009-08-18',
      source_ids: 'H2 H10 H4',
    });
  });

  it('statuses: a Charter ratification before 22 Jan 1994 takes effect that day, as on the map', () => {
    const russia = statusesDataset(EN).rows.find((row) => row['id'] === 'ru-member-1993');
    expect(russia).toMatchObject({ from: '1994-01-22', charter_ratified: '1993-04-15' });
    const armenia = statusesDataset(EN).rows.find((row) => row['id'] === 'am-member-1994');
    expect(armenia).toMatchObject({ from: '1994-03-16', charter_ratified: null });
    // In each country's rows the dates stay in order once moved.
    const rows = statusesDataset(EN).rows;
    for (let i = 1; i < rows.length; i += 1) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      if (a['country_code'] === b['country_code'])
        expect(String(a['from']) <= String(b['from']), `${a['id']} before ${b['id']}`).toBe(true);
    }
  });

  it('corrections: the log as in the data, with the UN date corrected to 24 Mar 1994', () => {
    const rows = correctionsDataset(EN).rows;
    expect(rows.map((r) => r['id'])).toEqual(CORRECTIONS.map((c) => c.id));
    expect(rows.find((r) => r['id'] === 'un-observer-date')?.['text']).toMatch(/24 March 1994/);
  });

  it('timeline: ids, dates and countries as in the data', () => {
    const row = timelineDataset(EN).rows.find((r) => r['id'] === 'georgia-withdrawal-effective');
    expect(row).toMatchObject({
      date: '2009-08-18',
      title: 'Georgia’s withdrawal takes effect',
      countries: 'GE',
      category: 'membership',
    });
    expect(timelineDataset(EN).rows.map((r) => r['id'])).toEqual(EVENTS.map((e) => e.id));
  });

  it('quotes: the words verbatim, the lead apart', () => {
    const row = quotesDataset(EN).rows.find((r) => r['id'] === 'world-order');
    expect(row).toMatchObject({ lead: 'All CIS members', source_ids: 'S1' });
    expect(row?.['text']).toBe(QUOTES.find((q) => q.id === 'world-order')?.text);
    expect(quotesDataset(EN).rows.find((r) => r['id'] === 'trade')?.['lead']).toBeNull();
  });

  it.each(all.map((d) => [d.name, d] as const))('%s: JSON round trip', (_, dataset) => {
    const parsed: unknown = JSON.parse(JSON.stringify(dataset.rows, null, 2));
    expect(parsed).toEqual(dataset.rows);
    expect(Array.isArray(parsed) && parsed.length).toBe(dataset.rows.length);
  });

  it.each(all.map((d) => [d.name, d] as const))('%s: CSV round trip', (_, dataset) => {
    const parsed = parseCsv(toCsv(dataset.columns, dataset.rows));
    expect(parsed[0]).toEqual(dataset.columns);
    expect(parsed).toHaveLength(dataset.rows.length + 1);
    dataset.rows.forEach((row, i) => {
      expect(parsed[i + 1]).toEqual(
        dataset.columns.map((column) => {
          const cell = row[column] ?? null;
          if (cell === null) return '';
          const text = String(cell);
          return typeof cell === 'string' && /^[=+\-@]/.test(text) ? `'${text}` : text;
        }),
      );
    });
    // The citing files' every row names its sources; the sources file's, its id.
    const column = dataset.columns.indexOf(dataset.name === 'sources' ? 'id' : 'source_ids');
    for (const line of parsed.slice(1)) expect(line[column]).toMatch(/\S/);
  });
});

describe('the downloads in Russian', () => {
  it('keep the English column keys and give Russian words in the label columns', () => {
    expect(statusesDataset(RU).columns).toEqual(statusesDataset(EN).columns);
    const kz = statusesDataset(RU).rows.find((r) => r['id'] === 'kz-member-1994');
    expect(kz?.['status']).toBe('member');
    expect(kz?.['status_label']).toBe('Государство – член СНГ');
    expect(kz?.['country']).toBe('Казахстан');
    expect(statusesDataset(RU).rows[0]?.['country_code']).toBe('AZ');
  });

  it('carry the quotes’ Russian words with their own sources', () => {
    const row = quotesDataset(RU).rows.find((r) => r['id'] === 'world-order');
    expect(row?.['spoken_form']).toBe('verbatim');
    expect(row?.['spoken_text']).toMatch(/^Все государства СНГ/);
    expect(row?.['spoken_source_ids']).toBe('R4');
    expect(row?.['speaker']).toBe('Владимир Путин');
  });
});
