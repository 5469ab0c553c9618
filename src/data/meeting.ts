import type { Attendance, MeetingRecord } from './types';

/** The informal meeting of CIS leaders, State Hermitage, St Petersburg, Monday 22 Dec 2025. */
export const MEETING = {
  date: '2025-12-22',
  title: 'Informal meeting of CIS leaders',
  venue: 'St George Hall, State Hermitage Museum, St Petersburg',
  summary:
    'The traditional pre-New Year meeting, day two of a two-day programme. The leaders toured the museum, which was closed that Monday, before talks in the St George Hall.',
  sourceIds: ['S2', 'S13', 'S11'],
} as const;

/** Who came, who did not, and who was never expected (S2 lists the participants). */
export const MEETING_RECORDS: readonly MeetingRecord[] = [
  {
    country: 'RU',
    attendance: 'attended',
    leader: { name: 'Vladimir Putin', title: 'President' },
    note: 'Host of the meeting.',
    sourceIds: ['S2'],
  },
  {
    country: 'AM',
    attendance: 'attended',
    leader: { name: 'Nikol Pashinyan', title: 'Prime Minister' },
    sourceIds: ['S2', 'S1', 'S9'],
  },
  {
    country: 'BY',
    attendance: 'attended',
    leader: { name: 'Alexander Lukashenko', title: 'President' },
    sourceIds: ['S2', 'S15'],
  },
  {
    country: 'KZ',
    attendance: 'attended',
    leader: { name: 'Kassym-Jomart Tokayev', title: 'President' },
    sourceIds: ['S2'],
  },
  {
    country: 'KG',
    attendance: 'attended',
    leader: { name: 'Sadyr Japarov', title: 'President' },
    note: 'Arrived on Saturday 20 December.',
    sourceIds: ['S2', 'S10'],
  },
  {
    country: 'TJ',
    attendance: 'attended',
    leader: { name: 'Emomali Rahmon', title: 'President' },
    note: 'Putin thanked him for Tajikistan’s 2025 chairmanship.',
    sourceIds: ['S2', 'S9'],
  },
  {
    country: 'TM',
    attendance: 'attended',
    leader: { name: 'Serdar Berdimuhamedov', title: 'President' },
    note: 'Turkmenistan chairs the CIS from 1 January 2026.',
    sourceIds: ['S2', 'S9'],
  },
  {
    country: 'UZ',
    attendance: 'attended',
    leader: { name: 'Shavkat Mirziyoyev', title: 'President' },
    sourceIds: ['S2'],
  },
  {
    country: 'AZ',
    attendance: 'absent',
    leader: { name: 'Ilham Aliyev', title: 'President' },
    // Only "busy work schedule" is quoted in the sources; the rest is reported speech (S3).
    note: 'The presidential administration told the state agency Azertac the reason was his “busy work schedule”, and said Azerbaijan regularly takes part in official CIS summits.',
    sourceIds: ['S3', 'S4', 'S5'],
  },
  {
    country: 'MD',
    attendance: 'not-represented',
    note: 'Participation halted since 2022; not among the Kremlin’s list of participants.',
    sourceIds: ['S2', 'S3'],
  },
  {
    country: 'GE',
    attendance: 'not-participant',
    note: 'Withdrew from the CIS in 2009; no representative reported.',
    sourceIds: ['S2', 'H2'],
  },
  {
    country: 'UA',
    attendance: 'not-participant',
    note: 'Ended participation in CIS bodies in 2018; no representative reported.',
    sourceIds: ['S2', 'U5'],
  },
  {
    country: 'EE',
    attendance: 'not-participant',
    note: 'Never joined the CIS.',
    sourceIds: ['H2', 'H7'],
  },
  {
    country: 'LV',
    attendance: 'not-participant',
    note: 'Never joined the CIS.',
    sourceIds: ['H2', 'H7'],
  },
  {
    country: 'LT',
    attendance: 'not-participant',
    note: 'Never joined the CIS.',
    sourceIds: ['H2', 'H7'],
  },
];

/** Labels for the meeting view's legend, checked complete by `satisfies`. */
export const ATTENDANCE_INFO = {
  attended: { label: 'Attended', definition: 'Its leader took part in the meeting.' },
  absent: { label: 'Absent', definition: 'A participating state whose leader stayed away.' },
  'not-represented': {
    label: 'Not represented',
    definition: 'A member in law that has halted its participation.',
  },
  'not-participant': {
    label: 'Not a participant',
    definition: 'Not taking part in the CIS: withdrawn, ceased participation or never joined.',
  },
} as const satisfies Record<Attendance, { label: string; definition: string }>;
