import type { MeetingRecord } from './types';

/** The informal meeting of CIS leaders, State Hermitage, St Petersburg, Monday 22 Dec 2025. */
export const MEETING = {
  date: '2025-12-22',
  sourceIds: ['S2', 'S13', 'S11'],
} as const;

/** Who came, who did not, and who was never expected (S2 lists the participants). */
export const MEETING_RECORDS: readonly MeetingRecord[] = [
  {
    country: 'RU',
    attendance: 'attended',
    leader: 'putin',
    sourceIds: ['S2'],
  },
  {
    country: 'AM',
    attendance: 'attended',
    leader: 'pashinyan',
    sourceIds: ['S2', 'S1', 'S9'],
  },
  {
    country: 'BY',
    attendance: 'attended',
    leader: 'lukashenko',
    sourceIds: ['S2', 'S15'],
  },
  {
    country: 'KZ',
    attendance: 'attended',
    leader: 'tokayev',
    sourceIds: ['S2'],
  },
  {
    country: 'KG',
    attendance: 'attended',
    leader: 'japarov',
    sourceIds: ['S2', 'S10'],
  },
  {
    country: 'TJ',
    attendance: 'attended',
    leader: 'rahmon',
    sourceIds: ['S2', 'S9'],
  },
  {
    country: 'TM',
    attendance: 'attended',
    leader: 'berdimuhamedov',
    sourceIds: ['S2', 'S9'],
  },
  {
    country: 'UZ',
    attendance: 'attended',
    leader: 'mirziyoyev',
    sourceIds: ['S2'],
  },
  {
    country: 'AZ',
    attendance: 'absent',
    leader: 'aliyev',
    // “Busy work schedule” is in quotation marks in the Moscow Times (S6) and Mediamax (S8).
    sourceIds: ['S3', 'S5', 'S6', 'S8'],
  },
  {
    country: 'MD',
    attendance: 'not-represented',
    sourceIds: ['S2', 'S3'],
  },
  {
    country: 'GE',
    attendance: 'not-participant',
    sourceIds: ['S2', 'H2'],
  },
  {
    country: 'UA',
    attendance: 'not-participant',
    sourceIds: ['S2', 'U5'],
  },
  {
    country: 'EE',
    attendance: 'not-participant',
    sourceIds: ['H2', 'H7'],
  },
  {
    country: 'LV',
    attendance: 'not-participant',
    sourceIds: ['H2', 'H7'],
  },
  {
    country: 'LT',
    attendance: 'not-participant',
    sourceIds: ['H2', 'H7'],
  },
];
