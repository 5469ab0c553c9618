import type { StatusChange } from './types';

/**
 * Each state's status history from 8 Dec 1991 to 22 Dec 2025, in date order per country.
 * A change holds from its date (inclusive) until the next one. Dates keep their real precision.
 * Creation Agreement ratification dates come from the Wikipedia table (H1, two mirrors of one
 * origin: single-sourced). All Charter ratification dates are indicative (contested point C6).
 */
export const STATUS_CHANGES: readonly StatusChange[] = [
  // Armenia
  {
    country: 'AM',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H1', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'AM',
    status: 'founding-party',
    from: '1992-02-18',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'AM',
    status: 'member',
    from: '1994-03-16',
    note: 'Ratifies the Charter (signed 22 Jan 1993).',
    sourceIds: ['H1', 'H5'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Azerbaijan
  {
    country: 'AZ',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'AZ',
    status: 'observer',
    from: '1992-10',
    note: 'Parliament votes against ratification; Azerbaijan keeps observer status.',
    sourceIds: ['H17c'],
    certainty: 'single-source',
  },
  {
    country: 'AZ',
    status: 'founding-party',
    from: '1993-09-24',
    note: 'The CIS Council of Heads of State decides on its accession (the national Supreme Soviet decided on 20 Sep 1993).',
    sourceIds: ['H1', 'H17a', 'H17b'],
    certainty: 'contested',
    contested: 'C7',
  },
  {
    country: 'AZ',
    status: 'member',
    from: '1993-12-14',
    note: 'Accedes to the Charter.',
    sourceIds: ['H1', 'H5'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Belarus
  {
    country: 'BY',
    status: 'signatory',
    from: '1991-12-08',
    note: 'Signs the Belovezha Accords at Viskuli.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'BY',
    status: 'founding-party',
    from: '1991-12-10',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'BY',
    status: 'member',
    from: '1994-01-18',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1', 'H22'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Estonia, Latvia, Lithuania
  {
    country: 'EE',
    status: 'never-joined',
    from: '1991-12-08',
    note: 'Takes no part in the founding documents or CIS bodies.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'LV',
    status: 'never-joined',
    from: '1991-12-08',
    note: 'Takes no part in the founding documents or CIS bodies.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'LT',
    status: 'never-joined',
    from: '1991-12-08',
    note: 'Takes no part in the founding documents or CIS bodies.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },

  // Georgia
  {
    country: 'GE',
    status: 'not-yet-joined',
    from: '1991-12-08',
    note: 'Takes no part in Belovezha or Alma-Ata.',
    sourceIds: ['H7', 'H2'],
    certainty: 'confirmed',
  },
  {
    country: 'GE',
    status: 'founding-party',
    from: '1993-12',
    note: 'Joins the CIS (announced by Shevardnadze on 8 Oct 1993; some sources date membership to October).',
    sourceIds: ['H2', 'H10', 'H14', 'H9'],
    certainty: 'contested',
    contested: 'C8',
  },
  {
    country: 'GE',
    status: 'member',
    from: '1994-04-19',
    note: 'Ratifies the Charter.',
    sourceIds: ['H9'],
    certainty: 'single-source',
    contested: 'C8',
  },
  {
    country: 'GE',
    status: 'withdrawn',
    from: '2009-08-18',
    note: 'Withdrawal takes effect, 12 months after the CIS was notified (announced Aug 2008).',
    sourceIds: ['H2', 'H10', 'H4'],
    certainty: 'confirmed',
  },

  // Kazakhstan
  {
    country: 'KZ',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'KZ',
    status: 'founding-party',
    from: '1991-12-23',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'KZ',
    status: 'member',
    from: '1994-04-20',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Kyrgyzstan
  {
    country: 'KG',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'KG',
    status: 'founding-party',
    from: '1992-03-06',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'KG',
    status: 'member',
    from: '1994-04-12',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Moldova
  {
    country: 'MD',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol; parliament first refuses to ratify.',
    sourceIds: ['H7', 'H18'],
    certainty: 'confirmed',
  },
  {
    country: 'MD',
    status: 'founding-party',
    from: '1994-04-08',
    note: 'The new parliament ratifies the Creation Agreement.',
    sourceIds: ['H1', 'H18'],
    certainty: 'confirmed',
  },
  {
    country: 'MD',
    status: 'member',
    from: '1994-06-27',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
  },
  {
    country: 'MD',
    status: 'member-halted',
    from: '2022',
    note: 'Halts its participation in CIS meetings after Russia’s invasion of Ukraine and its EU candidacy; exact date unknown.',
    sourceIds: ['S3', 'S4', 'M2', 'M17'],
    certainty: 'contested',
    contested: 'C9',
  },

  // Russia
  {
    country: 'RU',
    status: 'signatory',
    from: '1991-12-08',
    note: 'Signs the Belovezha Accords at Viskuli.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'RU',
    status: 'founding-party',
    from: '1991-12-12',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'RU',
    status: 'member',
    from: '1993-04-15',
    note: 'Supreme Soviet resolution No. 4799-I ratifies the Charter (the Wikipedia table gives 20 Jul 1993).',
    sourceIds: ['H6', 'H22', 'H1'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Tajikistan
  {
    country: 'TJ',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'TJ',
    status: 'founding-party',
    from: '1993-06-26',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'TJ',
    status: 'member',
    from: '1993-08-04',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
  },

  // Turkmenistan
  {
    country: 'TM',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'TM',
    status: 'founding-party',
    from: '1991-12-26',
    note: 'Ratifies the Creation Agreement; it never signs or ratifies the Charter.',
    sourceIds: ['H1', 'H5', 'H6'],
    certainty: 'single-source',
  },
  {
    country: 'TM',
    status: 'associate',
    from: '2005-08-26',
    note: 'Becomes an associate member at the Kazan summit, citing its permanent neutrality.',
    sourceIds: ['H4', 'H16a', 'H16b'],
    certainty: 'contested',
    contested: 'C3',
  },

  // Ukraine
  {
    country: 'UA',
    status: 'signatory',
    from: '1991-12-08',
    note: 'Signs the Belovezha Accords at Viskuli.',
    sourceIds: ['H2', 'H7'],
    certainty: 'confirmed',
  },
  {
    country: 'UA',
    status: 'founding-party',
    from: '1991-12-10',
    note: 'Ratifies the Creation Agreement; it never ratifies the Charter.',
    sourceIds: ['H1', 'U4', 'H5'],
    certainty: 'confirmed',
  },
  {
    country: 'UA',
    status: 'ceased-participation',
    from: '2018-05-19',
    note: 'Decree No. 139/2018 recalls its representatives from all CIS statutory bodies.',
    sourceIds: ['U5', 'U6', 'H4', 'H21'],
    certainty: 'contested',
    contested: 'C3',
  },

  // Uzbekistan
  {
    country: 'UZ',
    status: 'signatory',
    from: '1991-12-21',
    note: 'Signs the Alma-Ata Protocol.',
    sourceIds: ['H7'],
    certainty: 'confirmed',
  },
  {
    country: 'UZ',
    status: 'founding-party',
    from: '1992-04-01',
    note: 'Ratifies the Creation Agreement.',
    sourceIds: ['H1'],
    certainty: 'single-source',
  },
  {
    country: 'UZ',
    status: 'member',
    from: '1994-02-09',
    note: 'Ratifies the Charter.',
    sourceIds: ['H1'],
    certainty: 'contested',
    contested: 'C6',
  },
];
