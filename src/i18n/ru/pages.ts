import type { Status } from '../../data/types';
import type { EN_PAGES, SummaryWords } from '../en/pages';
import { statusAgreeing, verbFor } from './agreement';

/**
 * Heads, share cards and the share control in Russian. Dates arrive written out ("18 августа
 * 2009 г.", `joined` as "1993 г."); `memberYear` and `sinceYear` bare ("2009"), so the sentence
 * adds "г." itself. Verbs agree with the state's name (agreement.ts): «Грузия вышла».
 */
export const RU_PAGES = {
  site: 'Главное об СНГ',
  title: (headline: string, site: string) => `${headline} · ${site}`,
  headline: {
    member: (w: SummaryWords) =>
      `${w.name}: в СНГ с ${w.joined}, член Содружества с ${w.memberYear}\u00a0г.`,
    'member-halted': (w: SummaryWords) =>
      `${w.name}: ${w.memberYear ? `член СНГ с ${w.memberYear}\u00a0г.` : `в СНГ с ${w.joined}`}, с ${w.since} не участвует в его работе`,
    associate: (w: SummaryWords) =>
      `${w.name}: в СНГ с ${w.joined}, ассоциированный член с ${w.sinceYear}\u00a0г.`,
    'founding-party': (w: SummaryWords) =>
      `${w.name}: в СНГ с ${w.since}, Устав не ${verbFor('ratified', w.country)}`,
    signatory: (w: SummaryWords) =>
      `${w.name}: ${verbFor('signed', w.country)} документы СНГ ${w.since}, но не ${verbFor('ratified', w.country)}`,
    observer: (w: SummaryWords) => `${w.name}: наблюдатель в СНГ с ${w.since}`,
    'ceased-participation': (w: SummaryWords) =>
      `${w.name}: в СНГ с ${w.joined}, из всех органов ${verbFor('left', w.country)} ${w.since}`,
    withdrawn: (w: SummaryWords) =>
      `${w.name}: ${w.memberYear ? `член СНГ в ${w.memberYear}–${w.sinceYear}\u00a0гг.` : `в СНГ с ${w.joined}`}, ${verbFor('left', w.country)} из Содружества ${w.since}`,
    'not-yet-joined': (w: SummaryWords) =>
      `${w.name}: ещё не ${verbFor('joined', w.country)} к СНГ`,
    'never-joined': (w: SummaryWords) =>
      `${w.name}: никогда не ${verbFor('entered', w.country)} в СНГ`,
  } satisfies Record<Status, (words: SummaryWords) => string>,
  statusOf: statusAgreeing,
  step: (status: string, date: string) => `${status} (${date})`,
  description: (name: string, steps: string) =>
    `${name} в СНГ: ${steps}. Карта, хроника и источник для каждого факта.`,
  imageAlt: 'Карта постсоветских государств, окрашенных по их статусу в СНГ',
  imageAltCountry: (name: string) =>
    `Карта постсоветских государств, окрашенных по их статусу в СНГ; выделено: ${name}`,
  cardSource: 'Источник для каждого факта на странице · Контуры: Natural Earth',
  datasetDescription:
    'Все изменения статуса 15 постсоветских государств в Содружестве Независимых Государств с 1991 г.: даты, степень достоверности и источники, в форматах CSV и JSON.',
  pageLink: (name: string) => `Страница: ${name}`,
  share: 'Поделиться',
  shareTitle: (name: string) => `Поделиться страницей: ${name}`,
  shareCopied: 'Ссылка скопирована.',
  shareBox: 'Ссылка, чтобы поделиться',
} satisfies typeof EN_PAGES;
