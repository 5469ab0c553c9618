import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/downloads/csv';
import {
  DATASETS,
  quotesDataset,
  statusesDataset,
  timelineDataset,
} from '../../../src/downloads/datasets';
import { EVENTS } from '../../../src/data/events';
import { QUOTES } from '../../../src/data/quotes';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';

const SOURCE_IDS = new Set(SOURCES.map((source) => source.id));
const all = DATASETS.map((make) => make());

describe('datasets', () => {
  it('are the statuses, the timeline and the quotes, each with a title', () => {
    expect(all.map((d) => d.name)).toEqual(['statuses', 'timeline', 'quotes']);
    for (const dataset of all) expect(dataset.title).not.toBe('');
  });

  it('have one row per record of the data', () => {
    expect(statusesDataset().rows).toHaveLength(STATUS_CHANGES.length);
    expect(timelineDataset().rows).toHaveLength(EVENTS.length);
    expect(quotesDataset().rows).toHaveLength(QUOTES.length);
  });

  it('say when each status was in force, as the map and the chart draw it', () => {
    const row = (code: string, status: string) =>
      statusesDataset().rows.find((r) => r['country_code'] === code && r['status'] === status);
    expect(row('GE', 'member')).toMatchObject({
      from: '1994-04-19',
      in_force_from: '1994-04-19',
      in_force_until: '2009-08-17',
    });
    // Known only to the year: in force from its first day; still in force at the end.
    expect(row('MD', 'member-halted')).toMatchObject({
      from: '2022',
      in_force_from: '2022-01-01',
      in_force_until: null,
    });
    expect(row('MD', 'member')?.['in_force_until']).toBe('2021-12-31');
  });

  it('have the documented columns, source_ids last', () => {
    expect(statusesDataset().columns).toEqual([
      'country_code',
      'country',
      'status',
      'status_label',
      'from',
      'in_force_from',
      'in_force_until',
      'note',
      'certainty',
      'contested_point',
      'source_ids',
    ]);
    expect(timelineDataset().columns).toEqual([
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
    expect(quotesDataset().columns).toEqual([
      'id',
      'lead',
      'text',
      'speaker',
      'role',
      'place',
      'date',
      'origin',
      'source_ids',
    ]);
  });

  it.each(all.map((d) => [d.name, d] as const))(
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
    const rows = statusesDataset().rows;
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

  it('timeline: ids, dates and countries as in the data', () => {
    const row = timelineDataset().rows.find((r) => r['id'] === 'georgia-withdrawal-effective');
    expect(row).toMatchObject({
      date: '2009-08-18',
      title: "Georgia's withdrawal takes effect",
      countries: 'GE',
      category: 'membership',
    });
    expect(timelineDataset().rows.map((r) => r['id'])).toEqual(EVENTS.map((e) => e.id));
  });

  it('quotes: the words verbatim, the lead apart', () => {
    const row = quotesDataset().rows.find((r) => r['id'] === 'world-order');
    expect(row).toMatchObject({ lead: 'All members', source_ids: 'S1' });
    expect(row?.['text']).toBe(QUOTES.find((q) => q.id === 'world-order')?.text);
    expect(quotesDataset().rows.find((r) => r['id'] === 'trade')?.['lead']).toBeNull();
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
    const sourceColumn = dataset.columns.indexOf('source_ids');
    for (const line of parsed.slice(1)) expect(line[sourceColumn]).toMatch(/\S/);
  });
});
