import type { CountryCode, Status } from '../../data/types';
import type { EN_STORY, LeadWords, StoppedWords, WhoWords } from '../en/story';
import { pluralPicker } from '../plural';
import { NAME_GENDER } from './agreement';
import type { Gender } from './agreement';

const plural = pluralPicker('ru');

/** Числительные среднего рода («девять государств»), до пятнадцати. */
const NUMBERS = [
  'ни одного',
  'одно',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
];
const count = (n: number) => NUMBERS[n] ?? String(n);
const states = (n: number) =>
  `${count(n)} ${plural(n, { one: 'государство', few: 'государства', other: 'государств' })}`;
/** A past-tense verb agreeing with a state's name («Грузия вышла», «Казахстан вышел»). */
const agree = (country: CountryCode, forms: Readonly<Record<Gender, string>>) =>
  forms[NAME_GENDER[country]];
const HALTED = { m: 'приостановил', f: 'приостановила', n: 'приостановило' };
/** «приостановила», agreeing with one state's name; «приостановили» for several. */
const halted = (codes: readonly CountryCode[]) =>
  codes.length === 1 && codes[0] ? agree(codes[0], HALTED) : 'приостановили';

/** Сводка, период, начало страницы государства, встреча как новость; по-русски. */
export const RU_STORY = {
  story: {
    period: {
      long: 'Период: с {from} до встречи лидеров {to} Факты проверены {checked}',
      short: 'Период: {from} – {to} Проверено {checked}',
      card: (from: string, to: string, checked: string) => `${from} – ${to} · проверено ${checked}`,
      corrections: 'Исправления перечислены вместе с источниками.',
    },
    lede: {
      label: 'Коротко',
      what: 'Содружество Независимых Государств (СНГ) — объединение, которое бывшие советские республики создали в декабре 1991\u00a0г., когда распадался Советский Союз.',
      who: (w: WhoWords) =>
        `На ${w.date} членами СНГ по его Уставу были ${states(w.members)}` +
        (w.haltedCount > 0
          ? `: ${count(w.takingPart)} участвовали в его работе, а ${w.halted} в ${w.haltedSince} ${halted(w.haltedCodes)} участие`
          : '') +
        (w.associateCount > 0
          ? `; ${w.associateCount > 1 ? 'ассоциированными членами были' : 'ассоциированным членом была'} ${w.associates}.`
          : '.'),
      meeting:
        'В тот день Владимир Путин принял лидеров в Эрмитаже в Петербурге на традиционной предновогодней встрече.',
      pointsHeading: 'Почему это важно',
      stopped: (w: StoppedWords) =>
        w.status === 'withdrawn'
          ? `${w.name} ${agree(w.country, { m: 'вышел', f: 'вышла', n: 'вышло' })} из него в ${w.year}`
          : w.status === 'ceased-participation'
            ? `${w.name} ${agree(w.country, { m: 'прекратил', f: 'прекратила', n: 'прекратило' })} участие в ${w.year}`
            : `${w.name} ${agree(w.country, HALTED)} участие в ${w.year}`,
      shrunk: (steps: string) => `Содружество стало меньше: ${steps}`,
      absent: (country: string, leader: string) =>
        `Приехали не все: не было президента, которого ждали в Кремле, — ${leader} (${country}); в Баку сослались на его «плотный рабочий график».`,
      said: 'Публично Путин говорил о торговле в Содружестве и о расчётах в национальных валютах; неформальная встреча такого рода документов не подписывает.',
      chair: (country: string) =>
        `С 1 января 2026\u00a0г. председательствовать в СНГ будет ${country}, ассоциированный член Содружества.`,
    },
    state: {
      heading: (name: string) => `${name} и СНГ`,
      lead: {
        member: (w: LeadWords) => `На ${w.date} ${w.name} — государство – член СНГ, с ${w.since}`,
        'member-halted': (w: LeadWords) =>
          `На ${w.date} ${w.name} — член СНГ по закону, но участие приостановлено с ${w.since}`,
        associate: (w: LeadWords) =>
          `На ${w.date} ${w.name} — ассоциированный член СНГ, с ${w.since}`,
        'founding-party': (w: LeadWords) =>
          `На ${w.date} ${w.name} — сторона учредительного соглашения СНГ, с ${w.since}`,
        signatory: (w: LeadWords) =>
          `На ${w.date} ${w.name} ${agree(w.country, { m: 'подписал', f: 'подписала', n: 'подписало' })} учредительные документы СНГ (${w.since}), но не ${agree(w.country, { m: 'ратифицировал', f: 'ратифицировала', n: 'ратифицировало' })} их.`,
        observer: (w: LeadWords) => `На ${w.date} ${w.name} — наблюдатель в СНГ, с ${w.since}`,
        'ceased-participation': (w: LeadWords) =>
          `На ${w.date} ${w.name} в работе СНГ не участвует: участие прекращено ${w.since}`,
        withdrawn: (w: LeadWords) =>
          `На ${w.date} ${w.name} не входит в СНГ: выход вступил в силу ${w.since}`,
        'not-yet-joined': (w: LeadWords) =>
          `На ${w.date} ${w.name} ещё не ${agree(w.country, { m: 'присоединился', f: 'присоединилась', n: 'присоединилось' })} к СНГ.`,
        'never-joined': (w: LeadWords) =>
          `${w.name} никогда не ${agree(w.country, { m: 'входил', f: 'входила', n: 'входило' })} в СНГ.`,
      } satisfies Record<Status, (words: LeadWords) => string>,
      // A clause ending in «г.» takes no second full stop.
      why: (clause: string) => `Это произошло ${clause.replace(/\.$/, '')}.`,
      how: {
        GE: 'О выходе было объявлено в августе 2008\u00a0г.; по Уставу выход вступает в силу через 12 месяцев после уведомления СНГ.',
        UA: 'Указ президента отозвал представителей страны из всех уставных органов СНГ.',
        TM: 'Ассоциированным членом страна стала на саммите в Казани в 2005\u00a0г., сославшись на свой постоянный нейтралитет.',
      } satisfies Partial<Record<CountryCode, string>> as Partial<Record<CountryCode, string>>,
      meeting: {
        attended: (leader: string) => `В тот день ${leader} был на встрече лидеров в Петербурге.`,
        absent: (leader: string) => `На встречу лидеров в тот день ${leader} не приехал.`,
        'not-represented': 'На встрече лидеров в тот день представителей страны не было.',
      },
    },
    meeting: {
      pointsLabel: 'Встреча коротко',
      came: (leaders: number, states: string) =>
        `Кто приехал: ${count(leaders)} ${plural(leaders, { one: 'лидер', few: 'лидера', other: 'лидеров' })}, включая хозяина встречи, — ${states}.`,
      stayedAway: (absent: string, leader: string, haltedName: string) =>
        `Кого не было: ${leader} (${absent}) не приехал, сославшись на «плотный рабочий график»; ${haltedName} (участие приостановлено с 2022\u00a0г.) — представителей не было.`,
      said: (chair: string) =>
        `О чём говорили: Путин говорил о торговле в Содружестве, о расчётах в национальных валютах и о председательстве в 2026\u00a0г.: его принимает ${chair}.`,
      informal:
        'Неформальная встреча такого рода документов не подписывает: лидеры говорили за закрытыми дверями.',
      programme: 'Программа',
      quotes: 'Цитаты со встречи',
    },
    keyMoments: {
      heading: 'Главные события 1991–2025\u00a0гг.',
      all: 'Все события — в полной хронике ниже.',
    },
    corrections: {
      link: 'Исправления',
      line: '{date}: {text}',
    },
  },
} satisfies typeof EN_STORY;
