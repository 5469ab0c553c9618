import type { Correction } from './types';

/**
 * The corrections log shown to readers under the sources, newest first. Each entry says in plain
 * words what the page said and what is right, with the sources for the corrected value. To add
 * one: correct the record itself, add an entry here dated the day of the change, and move
 * LAST_UPDATED (lastUpdated.ts) to that day (the integrity test holds it to the newest entry).
 */
const CORRECTION_RECORDS = [
  {
    id: 'moldova-charter-in-force',
    date: '2026-12-07',
    sourceIds: ['M20', 'M21'],
  },
  {
    id: 'moldova-founding-agreement',
    date: '2026-12-07',
    sourceIds: ['M19', 'H1'],
  },
  {
    id: 'ussr-declaration-number',
    date: '2026-12-07',
    sourceIds: ['H8b', 'H8a'],
  },
  {
    id: 'crash-toll-moscow-times',
    date: '2026-12-07',
    sourceIds: ['I8', 'I9', 'S6'],
  },
  {
    id: 'executive-committee-confirmed',
    date: '2026-12-07',
    sourceIds: ['T5', 'T8'],
  },
  {
    id: 'informal-summit-2021-confirmed',
    date: '2026-12-07',
    sourceIds: ['I3', 'I11'],
  },
  {
    id: 'world-order-rendering',
    date: '2026-12-07',
    sourceIds: ['S19', 'S2'],
  },
  {
    id: 'free-trade-council',
    date: '2026-12-07',
    sourceIds: ['T3c', 'T3d'],
  },
  {
    id: 'georgia-member-years',
    date: '2026-12-04',
    sourceIds: ['H9', 'H2', 'H10'],
  },
  {
    id: 'informal-summit-2020',
    date: '2026-12-04',
    sourceIds: ['I3', 'I7'],
  },
  {
    id: 'russian-member-term',
    date: '2026-12-04',
    sourceIds: ['H5', 'H6'],
  },
  {
    id: 'un-observer-date',
    date: '2026-11-29',
    sourceIds: ['T7', 'H4'],
  },
  {
    id: 'charter-in-force',
    date: '2026-11-29',
    sourceIds: ['H5', 'H6', 'H3', 'H1'],
  },
  {
    id: 'dushanbe-date',
    date: '2026-11-29',
    sourceIds: ['S18'],
  },
  {
    id: 'eurasian-council-attendance',
    date: '2026-11-29',
    sourceIds: ['S10'],
  },
  {
    id: 'azerbaijan-statement',
    date: '2026-11-29',
    sourceIds: ['S3', 'S5', 'S6', 'S8'],
  },
  {
    id: 'crash-toll',
    date: '2026-11-29',
    sourceIds: ['I8', 'I9'],
  },
  {
    id: 'certainty',
    date: '2026-11-29',
    sourceIds: ['H2', 'H7', 'T4a', 'T4b', 'H1', 'H10'],
  },
  {
    id: 'georgia-announcement-category',
    date: '2026-11-29',
    sourceIds: ['H10', 'H2'],
  },
  {
    id: 'afghanistan-observer',
    date: '2026-11-29',
    sourceIds: ['O1', 'O2'],
  },
  {
    id: 'summit-attendance',
    date: '2026-11-29',
    sourceIds: ['I4', 'I6b', 'I1'],
  },
  {
    id: 'st-george-hall',
    date: '2026-11-29',
    sourceIds: ['S2', 'S1'],
  },
] as const satisfies readonly Correction[];

/** The id of a correction; its words, per language, are keyed by it. */
export type CorrectionId = (typeof CORRECTION_RECORDS)[number]['id'];

export const CORRECTIONS: readonly Correction[] = CORRECTION_RECORDS;
