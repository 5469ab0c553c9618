import type { Quote } from './types';

const PUTIN = { speaker: 'putin' } as const;
const AT_THE_MEETING = { date: '2025-12-22' } as const;

/** The English wording is a translation from Russian, and outlets render it differently (C2). */
const TRANSLATION_NOTE = {
  id: 'translation',
  contested: 'C2',
  sourceIds: ['S1', 'S19'],
  aboutTranslation: true,
} as const;

/**
 * Putin spoke in Russian. Where Russian outlets print his words in quotation marks, `spoken` holds
 * them character for character (ё and numerals as printed); where they only report a sentence,
 * `spoken` holds one outlet's reported speech, form 'reported', as printed or marked `adapted`. The Kremlin's Russian transcript
 * is not cited: its address is not confirmed.
 */
const RU_TRADE = {
  lang: 'ru',
  form: 'verbatim',
  // The second sentence of the passage both outlets quote: the one the English quote renders.
  text: 'Об этом свидетельствует солидный объем товарооборота России с участниками Содружества, который за 10 месяцев текущего года составил почти 90 миллиардов долларов',
  sourceIds: ['R1', 'S14'],
} as const;

const RU_CONVERGING = {
  lang: 'ru',
  form: 'reported',
  // Kommersant's reported speech as printed; «его» is Putin, whom the caption names.
  text: 'По его словам, все участники объединения придерживаются похожих подходов по ключевым глобальным и региональным проблемам.',
  sourceIds: ['R4'],
} as const;

const RU_WORLD_ORDER = {
  lang: 'ru',
  form: 'verbatim',
  text: 'Все государства СНГ единодушно выступают за формирование справедливого миропорядка на основе общепризнанных принципов международного права при центральной роли ООН',
  sourceIds: ['R4'],
} as const;

const RU_NEW_YEAR_MEETING = {
  lang: 'ru',
  form: 'reported',
  // RIA Novosti's reported speech (via Prime), its subject shortened to «Путин»: marked adapted.
  // No Russian outlet found quotes the opening sentence.
  adapted: true,
  text: 'Путин на неформальном саммите СНГ предложил подвести итоги совместной работы в уходящем году, поговорить о планах на перспективу и обсудить насущные вопросы международной повестки дня.',
  sourceIds: ['R6'],
} as const;

const RU_PRESERVED_TIES = {
  lang: 'ru',
  form: 'verbatim',
  text: 'Именно благодаря СНГ нам удалось сохранить, а по многим направлениям и существенно нарастить сложившиеся за годы проживания в одном государстве экономические, социальные, культурные и гуманитарные связи',
  // RBC quotes the same words from «сложившиеся» on.
  sourceIds: ['R8', 'R7'],
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
    spoken: RU_TRADE,
    notes: [
      {
        id: 'trade-period',
        contested: 'C1',
        sourceIds: ['S1', 'S14', 'R1', 'S9', 'S12', 'S10'],
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
    spoken: RU_CONVERGING,
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
    spoken: RU_WORLD_ORDER,
    notes: [
      {
        id: 'world-order-wording',
        contested: 'C2',
        sourceIds: ['S19'],
        aboutTranslation: true,
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
    spoken: RU_NEW_YEAR_MEETING,
    notes: [],
  },
  {
    id: 'preserved-ties',
    text: 'It is precisely thanks to the CIS that we have been able to preserve – and in many areas significantly expand – economic, social, cultural, and humanitarian ties that developed during the years of coexistence within a single state.',
    ...PUTIN,
    ...AT_THE_MEETING,
    origin: 'kremlin-transcript',
    sourceIds: ['S2'],
    spoken: RU_PRESERVED_TIES,
    notes: [],
  },
];
