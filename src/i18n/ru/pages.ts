import type { Status } from '../../data/types';
import type { EN_PAGES, SummaryWords } from '../en/pages';
import { statusAgreeing, verbFor } from './agreement';

/**
 * Heads, share cards and the share control in Russian. Dates arrive written out ("18 августа
 * 2009 г.", `joined` as "1993 г."); `memberYear` and `sinceYear` bare ("2009"), so the sentence
 * adds "г." itself. Verbs agree with the state's name (agreement.ts): «Грузия вышла».
 */
export const RU_PAGES = {
  site: 'СНГ: объяснение',
  title: (headline: string, site: string) => `${headline} · ${site}`,
  headline: {
    member: (w: SummaryWords) =>
      `${w.name} и СНГ: сторона с ${w.joined}, государство – член с ${w.memberYear}\u00a0г.`,
    'member-halted': (w: SummaryWords) =>
      `${w.name} и СНГ: ${w.memberYear ? `государство – член с ${w.memberYear}\u00a0г.` : `сторона с ${w.joined}`}, участие приостановлено с ${w.since}`,
    associate: (w: SummaryWords) =>
      `${w.name} и СНГ: сторона с ${w.joined}, ассоциированный член с ${w.sinceYear}\u00a0г.`,
    'founding-party': (w: SummaryWords) =>
      `${w.name} и СНГ: сторона учредительного соглашения с ${w.since}`,
    signatory: (w: SummaryWords) =>
      `${w.name} и СНГ: ${verbFor('signed', w.country)} ${w.since}, не ${verbFor('ratified', w.country)}`,
    observer: (w: SummaryWords) => `${w.name} и СНГ: наблюдатель с ${w.since}`,
    'ceased-participation': (w: SummaryWords) =>
      `${w.name} и СНГ: сторона с ${w.joined}, ${verbFor('ceased', w.country)} участие ${w.since}`,
    withdrawn: (w: SummaryWords) =>
      `${w.name} и СНГ: ${w.memberYear ? `государство – член в ${w.memberYear}–${w.sinceYear}\u00a0гг.` : `сторона с ${w.joined}`}, ${verbFor('left', w.country)} ${w.since}`,
    'not-yet-joined': (w: SummaryWords) => `${w.name} и СНГ: не ${verbFor('joined', w.country)}`,
    'never-joined': (w: SummaryWords) =>
      `${w.name} и СНГ: никогда не ${verbFor('entered', w.country)}`,
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
