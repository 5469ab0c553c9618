import type { Quote } from './types';

const PUTIN = { speaker: 'putin' } as const;
const AT_THE_MEETING = { date: '2025-12-22' } as const;

/** The English wording is a translation from Russian, and outlets render it differently (C2). */
const TRANSLATION_NOTE = {
  id: 'translation',
  contested: 'C2',
  sourceIds: ['S1', 'S16'],
} as const;

/**
 * Quotes from the informal meeting of 22 Dec 2025. The first three are copied word for word from
 * MENAFN's report (S1, origin 'seed'); the last two from the Kremlin's English transcript (S2).
 * The hall is named as the Kremlin names it (S2): St George Hall.
 */
export const QUOTES: readonly Quote[] = [
  {
    id: 'trade',
    text: 'This is evidenced by the substantial volume of trade between Russia and the Commonwealth, which amounted to almost $90 billion in the first 10 months of this year',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'seed',
    sourceIds: ['S1'],
    notes: [
      {
        id: 'trade-period',
        contested: 'C1',
        sourceIds: ['S1', 'S14', 'S9', 'S12', 'S10'],
      },
      TRANSLATION_NOTE,
    ],
  },
  {
    id: 'converging-approaches',
    text: 'It is certainly important that the Commonwealth members adhere to similar or converging approaches on key global and regional issues',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'seed',
    sourceIds: ['S1'],
    notes: [TRANSLATION_NOTE],
  },
  {
    id: 'world-order',
    lead: 'All CIS members',
    text: 'unanimously advocate for the formation of a just world order based on the universally recognized principles of international law, with the UN playing a central role.',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'seed',
    sourceIds: ['S1'],
    notes: [
      {
        id: 'world-order-wording',
        contested: 'C2',
        sourceIds: ['S16'],
      },
    ],
  },
  {
    id: 'new-year-meeting',
    text: 'We have gathered in St Petersburg to hold our traditional New Year meeting, review our joint performance within the Commonwealth of Independent States over the past year in an informal atmosphere, as well as discuss plans for the future, and, of course, address pressing issues on the international agenda.',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'kremlin-transcript',
    sourceIds: ['S2'],
    notes: [],
  },
  {
    id: 'preserved-ties',
    text: 'It is precisely thanks to the CIS that we have been able to preserve – and in many areas significantly expand – economic, social, cultural, and humanitarian ties that developed during the years of coexistence within a single state.',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'kremlin-transcript',
    sourceIds: ['S2'],
    notes: [],
  },
];
