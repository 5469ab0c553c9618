import type { StatusChange } from './types';

/**
 * Each state's status history from 8 Dec 1991 to 22 Dec 2025, in date order per country.
 * A change holds from its date (inclusive) until the next one. Dates keep their real precision.
 * Creation Agreement ratification dates come from the Wikipedia table (H1) unless a record
 * cites better: single-sourced. All Charter ratification dates are indicative (contested point
 * C6). Each founding-party and member change says what its date is (`dateIs`), as its own sources
 * say: a ratification, an entry into force, a decision. A 'member' change dated to a ratification
 * takes effect no earlier than the Charter's entry into force (charter.ts), so the records keep
 * the dates the sources give; Moldova's is the day the Charter entered into force for it (M20).
 */
const CHANGE_RECORDS = [
  // Armenia
  {
    id: 'am-signatory-1991',
    country: 'AM',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'am-founding-party-1992',
    country: 'AM',
    status: 'founding-party',
    from: '1992-02-18',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'am-member-1994',
    country: 'AM',
    status: 'member',
    from: '1994-03-16',
    sourceIds: ['H1', 'H5'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Azerbaijan
  {
    id: 'az-signatory-1991',
    country: 'AZ',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'az-observer-1992',
    country: 'AZ',
    status: 'observer',
    from: '1992-10',
    sourceIds: ['H17c'],
    certainty: 'single-source',
    dateIs: 'decision',
  },
  {
    id: 'az-founding-party-1993',
    country: 'AZ',
    status: 'founding-party',
    from: '1993-09-24',
    sourceIds: ['H1', 'H17a', 'H17b', 'H27'],
    certainty: 'contested',
    contested: 'C7',
    dateIs: 'decision',
  },
  {
    id: 'az-member-1993',
    country: 'AZ',
    status: 'member',
    from: '1993-12-14',
    sourceIds: ['H1', 'H5'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Belarus
  {
    id: 'by-signatory-1991',
    country: 'BY',
    status: 'signatory',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'by-founding-party-1991',
    country: 'BY',
    status: 'founding-party',
    from: '1991-12-10',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'by-member-1994',
    country: 'BY',
    status: 'member',
    from: '1994-01-18',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Estonia, Latvia, Lithuania
  {
    id: 'ee-never-joined-1991',
    country: 'EE',
    status: 'never-joined',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    id: 'lv-never-joined-1991',
    country: 'LV',
    status: 'never-joined',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    id: 'lt-never-joined-1991',
    country: 'LT',
    status: 'never-joined',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },

  // Georgia
  {
    id: 'ge-not-yet-joined-1991',
    country: 'GE',
    status: 'not-yet-joined',
    from: '1991-12-08',
    sourceIds: ['H7', 'H2'],
    certainty: 'confirmed',
  },
  {
    id: 'ge-founding-party-1993',
    country: 'GE',
    status: 'founding-party',
    from: '1993-12',
    sourceIds: ['H2', 'H10', 'H14', 'H26', 'H9'],
    certainty: 'contested',
    contested: 'C8',
    dateIs: 'decision',
  },
  {
    id: 'ge-member-1994',
    country: 'GE',
    status: 'member',
    from: '1994-04-19',
    sourceIds: ['H9'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'ge-withdrawn-2009',
    country: 'GE',
    status: 'withdrawn',
    from: '2009-08-18',
    sourceIds: ['H2', 'H10', 'H4'],
    certainty: 'confirmed',
    dateIs: 'effect',
  },

  // Kazakhstan
  {
    id: 'kz-signatory-1991',
    country: 'KZ',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'kz-founding-party-1991',
    country: 'KZ',
    status: 'founding-party',
    from: '1991-12-23',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'kz-member-1994',
    country: 'KZ',
    status: 'member',
    from: '1994-04-20',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Kyrgyzstan
  {
    id: 'kg-signatory-1991',
    country: 'KG',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'kg-founding-party-1992',
    country: 'KG',
    status: 'founding-party',
    from: '1992-03-06',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'kg-member-1994',
    country: 'KG',
    status: 'member',
    from: '1994-04-12',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Moldova
  {
    id: 'md-signatory-1991',
    country: 'MD',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7', 'H18'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'md-founding-party-1994',
    country: 'MD',
    status: 'founding-party',
    from: '1994-04-08',
    sourceIds: ['M19', 'H1'],
    certainty: 'confirmed',
    dateIs: 'ratification',
  },
  {
    id: 'md-member-1994',
    country: 'MD',
    status: 'member',
    from: '1994-06-27',
    sourceIds: ['M20', 'M21'],
    certainty: 'confirmed',
    dateIs: 'entry-into-force',
  },
  {
    id: 'md-member-halted-2022',
    country: 'MD',
    status: 'member-halted',
    from: '2022',
    sourceIds: ['S3', 'M2', 'M17'],
    certainty: 'contested',
    contested: 'C9',
  },

  // Russia
  {
    id: 'ru-signatory-1991',
    country: 'RU',
    status: 'signatory',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'ru-founding-party-1991',
    country: 'RU',
    status: 'founding-party',
    from: '1991-12-12',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'ru-member-1993',
    country: 'RU',
    status: 'member',
    from: '1993-04-15',
    sourceIds: ['H6', 'H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Tajikistan
  {
    id: 'tj-signatory-1991',
    country: 'TJ',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'tj-founding-party-1993',
    country: 'TJ',
    status: 'founding-party',
    from: '1993-06-26',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'tj-member-1993',
    country: 'TJ',
    status: 'member',
    from: '1993-08-04',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },

  // Turkmenistan
  {
    id: 'tm-signatory-1991',
    country: 'TM',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'tm-founding-party-1991',
    country: 'TM',
    status: 'founding-party',
    from: '1991-12-26',
    sourceIds: ['H1', 'H5', 'H6'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'tm-associate-2005',
    country: 'TM',
    status: 'associate',
    from: '2005-08-26',
    sourceIds: ['H4', 'H16a', 'H16b', 'H16c'],
    certainty: 'contested',
    contested: 'C3',
    dateIs: 'decision',
  },

  // Ukraine
  {
    id: 'ua-signatory-1991',
    country: 'UA',
    status: 'signatory',
    from: '1991-12-08',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'ua-founding-party-1991',
    country: 'UA',
    status: 'founding-party',
    from: '1991-12-10',
    sourceIds: ['H1', 'U4', 'H5'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'ua-ceased-participation-2018',
    country: 'UA',
    status: 'ceased-participation',
    from: '2018-05-19',
    sourceIds: ['U5', 'U6', 'H4'],
    certainty: 'contested',
    contested: 'C3',
    dateIs: 'decision',
  },

  // Uzbekistan
  {
    id: 'uz-signatory-1991',
    country: 'UZ',
    status: 'signatory',
    from: '1991-12-21',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
    dateIs: 'signature',
  },
  {
    id: 'uz-founding-party-1992',
    country: 'UZ',
    status: 'founding-party',
    from: '1992-04-01',
    sourceIds: ['H1'],
    certainty: 'single-source',
    dateIs: 'ratification',
  },
  {
    id: 'uz-member-1994',
    country: 'UZ',
    status: 'member',
    from: '1994-02-09',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
    dateIs: 'ratification',
  },
] as const satisfies readonly StatusChange[];

/** The id of a status change; its note, per language, is keyed by it. */
export type StatusChangeId = (typeof CHANGE_RECORDS)[number]['id'];

export const STATUS_CHANGES: readonly StatusChange[] = CHANGE_RECORDS;
