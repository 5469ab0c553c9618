import type { DateWords, ListWords } from '../locale';
import type { EN_UI } from '../en/ui';
import { pluralPicker } from '../plural';
import { RU_CHART } from './chart';
import { RU_PAGES } from './pages';

const plural = pluralPicker('ru');

/** Month names in the genitive ("22 декабря") and the nominative ("декабрь 2025\u00a0г."). */
const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/**
 * Russian dates as the press prints them: "22 декабря 2025\u00a0г.", "декабрь 2025\u00a0г.", "2022\u00a0г.".
 * Written out rather than Intl.DateTimeFormat for the same reason as English (the prerender and
 * every browser must print the same text); news copy spells the month out in both styles. The
 * space before "г." is a no-break space, so the abbreviation never starts a line.
 */
/** «Армения, Беларусь и Казахстан». */
export const RU_LISTS: ListWords = { between: ', ', last: ' и ' };

export const RU_DATES: DateWords = {
  // Every date ends in "г.", so a sentence in this catalogue never puts a full stop after one.
  day: (day, month, year) => `${day} ${MONTHS_GENITIVE[month - 1]} ${year}\u00a0г.`,
  month: (month, year) => `${MONTHS[month - 1]} ${year}\u00a0г.`,
  year: (year) => `${year}\u00a0г.`,
  days: (from, to, year) =>
    from.month === to.month
      ? `${from.day}–${to.day} ${MONTHS_GENITIVE[to.month - 1]} ${year}\u00a0г.`
      : `${from.day} ${MONTHS_GENITIVE[from.month - 1]} – ${to.day} ${MONTHS_GENITIVE[to.month - 1]} ${year}\u00a0г.`,
  span: (from, to) => `${from} – ${to}`,
};

/** The interface's words in Russian; the shape is English's (a missing word does not compile). */
export const RU_UI = {
  page: {
    title:
      'СНГ: кто входит в Содружество с 1991 года и встреча в Петербурге 22 декабря 2025\u00a0г.',
    description:
      'Интерактивная карта и хронология Содружества Независимых Государств: кто в него входит и с какого времени, кто приехал на неформальную встречу лидеров в Петербурге 22 декабря 2025\u00a0г. У каждого факта — источник.',
    kicker: 'Объясняем',
    heading: 'Содружество Независимых Государств',
    dek: 'Кто входит в СНГ, с какого времени и кто приехал на встречу лидеров в Петербурге 22 декабря 2025\u00a0г.',
    noscript:
      'Для масштабирования и выбора государства на карте и для других элементов управления нужен JavaScript. Карта на день встречи, 22 декабря 2025\u00a0г., таблица, хронология и цитаты доступны и без него, а каждая ссылка на источник ведёт на страницу источников.',
  },
  languages: { label: 'Язык' },
  failed: {
    map: 'Не удалось показать карту. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    details:
      'Не удалось показать сведения об этом государстве. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    history:
      'Не удалось показать диаграмму членства. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    timeline:
      'Не удалось показать хронологию. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    quotes:
      'Не удалось показать цитаты. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    sources:
      'Не удалось показать список источников. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    downloads:
      'Не удалось показать файлы для скачивания. Остальная часть страницы работает; возможно, поможет перезагрузка.',
    embed:
      'Не удалось показать код для встраивания. Остальная часть страницы работает; возможно, поможет перезагрузка.',
  },
  map: {
    headingStatus: (date: string) => `Кто в СНГ на ${date}`,
    headingMeeting: 'Кто приехал в Петербург 22 декабря 2025\u00a0г.',
    modeLegend: 'Карта показывает',
    modes: { status: 'Статус в СНГ', meeting: 'Участие во встрече 22 декабря 2025\u00a0г.' },
    label: 'Карта постсоветских государств',
    loading: 'Карта загружается…',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    showWhole: 'Показать весь регион',
    twoFingers: 'Чтобы двигать карту, коснитесь её двумя пальцами',
    more: 'Таблица и пояснения',
    keysHint:
      'Клавиша Tab попадает на карту один раз, а дальше стрелки ведут от государства к государству в алфавитном порядке, Home и End — к первому и последнему, Enter или пробел выбирают государство, Escape снимает выбор.',
    note: 'Границы — как их признаёт международное сообщество (резолюция Генеральной Ассамблеи ООН 68/262): Крым показан в составе Украины. Контуры: Natural Earth. Равновеликая проекция.',
    detailsHint:
      'Выберите государство на карте или в таблице, чтобы увидеть его историю в СНГ и источники.',
    loadingDetails: (country: string) => `${country}: сведения загружаются…`,
    shapeStatus: (country: string, status: string) => `${country} — ${status}`,
    shapeStatusApproximate: (country: string, status: string) =>
      `${country} — ${status} (дата приблизительная)`,
    shapeMeeting: (country: string, attendance: string) => `${country} — ${attendance}`,
    shapeMeetingLeader: (country: string, attendance: string, leader: string) =>
      `${country} — ${attendance} (${leader})`,
    place: (name: string, detail: string) => `${name}: ${detail}`,
  },
  legend: {
    titleStatus: (date: string) => `Статус на ${date}`,
    titleMeeting: 'На встрече',
    count: (n: number) =>
      plural(n, {
        one: `${n} государство`,
        few: `${n} государства`,
        many: `${n} государств`,
        other: `${n} государства`,
      }),
    picked: (label: string, n: number) =>
      plural(n, {
        one: `${label}: на карте ${n} государство`,
        few: `${label}: на карте ${n} государства`,
        many: `${label}: на карте ${n} государств`,
        other: `${label}: на карте ${n} государства`,
      }),
    absent: (n: number) =>
      plural(n, {
        one: `Ещё ${n} статус — на эту дату ни у одного государства`,
        few: `Ещё ${n} статуса — на эту дату ни у одного государства`,
        many: `Ещё ${n} статусов — на эту дату ни у одного государства`,
        other: `Ещё ${n} статуса — на эту дату ни у одного государства`,
      }),
  },
  table: {
    captionStatus: (date: string) => `Статус 15 постсоветских государств на ${date}`,
    captionMeeting: '15 постсоветских государств и встреча 22 декабря 2025\u00a0г.',
    country: 'Государство',
    status: 'Статус',
    since: 'С какого времени',
    attendance: 'На встрече',
    leader: 'Лидер',
    none: '—',
  },
  copyBlocked:
    'Здесь копирование запрещено: текст выделен, скопируйте его клавишами Ctrl+C или ⌘C.',
  leader: (name: string, title: string) => `${name}, ${title}`,
  certainty: {
    'single-source': 'один источник',
    contested: 'источники расходятся',
  },
  flagged: (flag: string) => `(${flag})`,
  details: {
    close: (country: string) => `Закрыть сведения: ${country}`,
    backToMap: 'Вернуться к карте',
    // Lower case after a colon: the status's in-sentence form.
    status: 'На {date}: {statusInline} с {since} {definition}',
    statusApproximate: 'На {date}: {statusInline} с {since} (точная дата неизвестна). {definition}',
    statusNoChange: 'На {date}: {statusInline}. {definition}',
    history: 'История',
    ratified: 'Ратифицировало Устав {ratified}; в силу для него он вступил {from}',
    capital: (capital: string) => `Столица: ${capital}.`,
    codesAndCapital: 'Коды и столица',
    meeting: 'Встреча 22 декабря 2025\u00a0г.: {attendance}. {note}',
    meetingLeader: 'Встреча 22 декабря 2025\u00a0г.: {attendance} — {leader}. {note}',
    contested: (title: string) => `Источники расходятся — ${title}.`,
  },
  chart: RU_CHART,
  pages: RU_PAGES,
  slider: {
    label: 'Дата',
    previous: '← Предыдущее событие',
    next: 'Следующее событие →',
    play: 'Воспроизвести',
    pause: 'Пауза',
  },
  timeline: {
    heading: 'СНГ с 1991 года',
    filter: 'Показать события',
    categories: {
      founding: 'Создание',
      membership: 'Членство',
      treaties: 'Договоры и органы',
      summits: 'Саммиты',
      crises: 'Кризисы',
    },
    none: 'В выбранных разделах событий нет.',
  },
  meeting: {
    heading: 'Неформальная встреча лидеров СНГ 22 декабря 2025\u00a0г.',
    attended: (n: number) =>
      plural(n, {
        one: `Приехал ${n} лидер`,
        few: `Приехали ${n} лидера`,
        many: `Приехали ${n} лидеров`,
        other: `Приехали ${n} лидера`,
      }),
    attendee: '{leader}, {office}',
    absent: 'Не приехали',
    absentee: '{country}. {note}',
    absenteeLeader: '{country}: {leader}. {note}',
  },
  quotes: {
    origins: {
      seed: 'В изложении MENAFN',
      'kremlin-transcript': 'По английской стенограмме Кремля',
    },
    spokenOrigins: {
      verbatim: 'Цитата по русскому тексту выступления в публикациях СМИ',
      reported:
        'Пересказ: ни одно из найденных нами русских изданий не приводит эту фразу как цитату',
      adapted:
        'Пересказ издания в сокращении: ни одно из найденных нами русских изданий не приводит эту фразу как цитату',
    },
    caption: '{speaker}, {role}. {place}, {date} {origin}.',
    source: 'Источник',
    noteHeading: (title: string) => `${title}:`,
    notes: 'Примечания к цитате',
    previous: '← Предыдущая цитата',
    next: 'Следующая цитата →',
    count: (n: number, of: number) => `Цитата ${n} из ${of}`,
    copy: 'Скопировать цитату со ссылкой на источник',
    copied: 'Цитата и ссылка на источник скопированы.',
    copyBox: 'Цитата со ссылкой на источник',
    all: 'Все цитаты',
    citation: (c: {
      words: string;
      speaker: string;
      role: string;
      place: string;
      date: string;
      sources: string;
    }) => `${c.words} — ${c.speaker}, ${c.role}. ${c.place}, ${c.date} Источник: ${c.sources}`,
    citationReported: (c: {
      words: string;
      speaker: string;
      role: string;
      place: string;
      date: string;
      sources: string;
    }) =>
      `${c.words} (Пересказ, не цитата.) ${c.speaker}, ${c.role}. ${c.place}, ${c.date} Источник: ${c.sources}`,
    quoted: (text: string) => `«${text}»`,
    withLead: (lead: string, text: string) => `${lead} «${text}»`,
  },
  sources: {
    heading: 'Источники',
    intro:
      'Каждый факт на этой странице опирается на один или несколько источников из этого списка. Где источники расходятся, мы так и пишем, а не выбираем один из них.',
    links: 'Источники',
    label: (what: string) => `${what}: `,
    link: 'Источник',
    byline: (publisher: string, date: string | null) =>
      date ? `${publisher}, ${date}` : `${publisher}.`,
    page: {
      link: 'Все источники и исправления',
      stub: 'Каждый факт на этой странице опирается на источники. Их полный список — издание, дата и адрес каждого — и исправления собраны на отдельной странице:',
      title: 'Источники и исправления',
      intro:
        'Каждый факт на странице о СНГ опирается на один или несколько источников из этого списка. Где источники расходятся, мы так и пишем, а не выбираем один из них.',
      description:
        'Все источники страницы о СНГ — издание, дата и адрес каждого — и исправления, внесённые в неё.',
    },
  },
  downloads: {
    heading: 'Данные',
    files: {
      statuses: 'История статусов 15 государств',
      timeline: 'События хронологии',
      quotes: 'Цитаты со встречи 22 декабря 2025\u00a0г.',
      corrections: 'Журнал исправлений',
      sources: 'Источники всех фактов',
    },
    csv: 'CSV',
    json: 'JSON',
    inline: {
      statuses: 'история статусов 15 государств',
      timeline: 'события хронологии',
      quotes: 'цитаты со встречи 22 декабря 2025\u00a0г.',
      corrections: 'журнал исправлений',
      sources: 'источники всех фактов',
    },
    csvOf: (file: string) => `CSV: ${file}`,
    jsonOf: (file: string) => `JSON: ${file}`,
    failed: 'Здесь не удалось подготовить файл. Те же данные есть в таблицах выше.',
  },
  embed: {
    button: 'Встроить на сайт',
    loading: 'Код для встраивания загружается…',
    frameTitle:
      'СНГ: кто входит в Содружество с 1991 года и встреча в Петербурге 22 декабря 2025\u00a0г.',
    credit: 'Подробно о СНГ ↗',
  },
  corrections: {
    heading: 'Исправления',
    day: 'Исправлено {date}:',
  },
  image: {
    button: 'Скачать изображение',
    loading: 'Изображение готовится…',
  },
  footer: {
    credits:
      'Границы: Natural Earth (общественное достояние), в том виде, в каком их признаёт международное сообщество (резолюция Генеральной Ассамблеи ООН 68/262). Факты: источники, перечисленные выше; где они расходятся, мы так и пишем. Карта: Leaflet.',
    names:
      'Названия: государства — так, как их называют документы СНГ и как они сами называют себя по-русски (Беларусь, Кыргызстан, Молдова, Туркменистан); по тому же правилу — «в Украине».',
  },
} satisfies typeof EN_UI;
