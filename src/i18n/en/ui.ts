import type { DateWords, ListWords } from '../locale';
import { pluralPicker } from '../plural';
import { EN_CHART } from './chart';
import { EN_PAGES } from './pages';

const plural = pluralPicker('en-GB');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * English dates from the catalogue's own month names rather than Intl.DateTimeFormat: the output
 * must be the same in Node (the prerender) and in every browser, whose ICU data differ ('Sept' in
 * newer en-GB data), or hydration would not match.
 */
/** 'Armenia, Belarus and Kazakhstan', as en-GB writes it (no comma before 'and'). */
export const EN_LISTS: ListWords = { between: ', ', last: ' and ' };

export const EN_DATES: DateWords = {
  day: (day, month, year, style) =>
    `${day} ${(style === 'long' ? MONTHS_LONG : MONTHS)[month - 1]} ${year}`,
  month: (month, year, style) => `${(style === 'long' ? MONTHS_LONG : MONTHS)[month - 1]} ${year}`,
  year: (year) => String(year),
  days: (from, to, year, style) => {
    const names = style === 'long' ? MONTHS_LONG : MONTHS;
    return from.month === to.month
      ? `${from.day}–${to.day} ${names[to.month - 1]} ${year}`
      : `${from.day} ${names[from.month - 1]} – ${to.day} ${names[to.month - 1]} ${year}`;
  },
  span: (from, to) => `${from} – ${to}`,
};

/**
 * The interface's words. A sentence is one message; `{name}` marks where an element goes (see
 * Template.tsx), and a function takes the plain values a sentence needs.
 */
export const EN_UI = {
  page: {
    title: 'The CIS explained: members since 1991 and the St Petersburg meeting of 22 Dec 2025',
    description:
      'Interactive map and timeline of the Commonwealth of Independent States: who is a member, since when, and who attended the informal leaders’ meeting in St Petersburg on 22 December 2025. Every fact sourced.',
    kicker: 'Explainer',
    heading: 'The Commonwealth of Independent States',
    dek: 'Who is in the CIS, since when, and who came to the leaders’ meeting in St\u00a0Petersburg on 22 December 2025.',
    noscript:
      'Zooming and selecting on the map, and the other controls, need JavaScript. The map on the day of the meeting, 22 Dec 2025, the table, timeline and quotes are complete without it, and every citation leads to the sources page.',
  },
  /** The switch between the editions (each language is named in itself, outside the catalogue). */
  languages: { label: 'Language' },
  /** Each panel's failure, as a whole sentence (a language may need the panel's gender). */
  failed: {
    map: 'The map could not be shown. The rest of the page still works; reloading may help.',
    details:
      'The details of this state could not be shown. The rest of the page still works; reloading may help.',
    history:
      'The membership chart could not be shown. The rest of the page still works; reloading may help.',
    timeline:
      'The timeline could not be shown. The rest of the page still works; reloading may help.',
    quotes: 'The quotes could not be shown. The rest of the page still works; reloading may help.',
    sources:
      'The sources list could not be shown. The rest of the page still works; reloading may help.',
    downloads:
      'The downloads could not be shown. The rest of the page still works; reloading may help.',
    embed:
      'The embed code could not be shown. The rest of the page still works; reloading may help.',
  },
  map: {
    headingStatus: (date: string) => `Who is in the CIS: ${date}`,
    headingMeeting: 'Who came to St Petersburg on 22 Dec 2025',
    modeLegend: 'Map shows',
    modes: { status: 'Membership status', meeting: 'At the 22 Dec 2025 meeting' },
    label: 'Map of the post-Soviet states',
    loading: 'Loading the map…',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    /** Back from a selected state, or the reader's own zoom, to the frame that shows all 15. */
    showWhole: 'Show the whole region',
    /** Shown once, when a reader swipes the map with one finger: that finger scrolls the page. */
    twoFingers: 'Use two fingers to move the map',
    keysHint:
      'The map is one stop for the Tab key: the arrow keys move between the states in alphabetical order, Home and End go to the first and last, Enter or Space selects, Escape clears the selection.',
    note: 'Borders as internationally recognised (UN General Assembly resolution 68/262): Crimea is shown as part of Ukraine. Boundaries: Natural Earth. Equal-area projection.',
    detailsHint: 'Select a country on the map or in the table to see its history and sources.',
    /** The compact embed's disclosure: the table of the 15 states and what each status means. */
    more: 'Table and definitions',
    loadingDetails: (country: string) => `Loading ${country}…`,
    /** A shape's accessible name: "Kazakhstan — member state". */
    shapeStatus: (country: string, status: string) => `${country} — ${status}`,
    shapeStatusApproximate: (country: string, status: string) =>
      `${country} — ${status} (date approximate)`,
    shapeMeeting: (country: string, attendance: string) => `${country} — ${attendance}`,
    shapeMeetingLeader: (country: string, attendance: string, leader: string) =>
      `${country} — ${attendance} (${leader})`,
    place: (name: string, detail: string) => `${name}: ${detail}`,
  },
  legend: {
    titleStatus: (date: string) => `Status on ${date}`,
    titleMeeting: 'At the meeting',
    count: (n: number) => plural(n, { one: `${n} state`, other: `${n} states` }),
    /** Said when the reader points at or focuses a legend entry: its states stand out on the map. */
    picked: (label: string, n: number) =>
      plural(n, {
        one: `${label}: 1 state shown on the map`,
        other: `${label}: ${n} states shown on the map`,
      }),
    /** The fold under the key for the statuses no state has on the shown day. */
    absent: (n: number) =>
      plural(n, {
        one: 'Not on this date: 1 more status',
        other: `Not on this date: ${n} more statuses`,
      }),
  },
  table: {
    captionStatus: (date: string) => `Status of the 15 post-Soviet states on ${date}`,
    captionMeeting: 'The 15 post-Soviet states at the meeting of 22 Dec 2025',
    country: 'Country',
    status: 'Status',
    since: 'Since',
    attendance: 'At the meeting',
    leader: 'Leader',
    none: '—',
  },
  /** Where the page may not write to the clipboard and has selected the text instead. */
  copyBlocked: 'Copying is blocked here: the text is selected, copy it with Ctrl+C or ⌘C.',
  /** "Vladimir Putin, President". */
  leader: (name: string, title: string) => `${name}, ${title}`,
  certainty: {
    'single-source': 'single source',
    contested: 'sources differ',
  },
  /** The certainty flag after a fact, in brackets: "(sources differ)". */
  flagged: (flag: string) => `(${flag})`,
  details: {
    close: (country: string) => `Close details for ${country}`,
    backToMap: 'Back to the map',
    /** `{date}`, `{status}` are elements; `{since}` the date the status began. */
    /** {status} is the status's label ('Member state'), {statusInline} its in-sentence form. */
    status: 'On {date}: {status} since {since}. {definition}',
    statusApproximate: 'On {date}: {status} since {since} (exact date unknown). {definition}',
    statusNoChange: 'On {date}: {status}. {definition}',
    history: 'History',
    /** A Charter ratification that took effect only when the Charter entered into force. */
    ratified: 'Ratified the Charter on {ratified}; in force from {from}.',
    capital: (capital: string) => `Capital: ${capital}.`,
    codesAndCapital: 'Codes and capital',
    meeting: '22 Dec 2025 meeting: {attendance}. {note}',
    meetingLeader: '22 Dec 2025 meeting: {attendance} — {leader}. {note}',
    /** The heading of a contested point's note. */
    contested: (title: string) => `Sources differ — ${title}.`,
  },
  chart: EN_CHART,
  pages: EN_PAGES,
  slider: {
    label: 'Date',
    previous: '← Previous event',
    next: 'Next event →',
    play: 'Play',
    pause: 'Pause',
  },
  timeline: {
    heading: 'The CIS since 1991',
    filter: 'Show events about',
    categories: {
      founding: 'Founding',
      membership: 'Membership',
      treaties: 'Treaties and institutions',
      summits: 'Summits',
      crises: 'Crises',
    },
    none: 'No events in the chosen categories.',
  },
  meeting: {
    heading: 'Informal meeting of CIS leaders, 22 December 2025',
    attended: (n: number) =>
      plural(n, { one: `${n} leader attended`, other: `${n} leaders attended` }),
    /** "Kassym-Jomart Tokayev, President of Kazakhstan". */
    attendee: '{leader}, {office}',
    absent: 'Not there',
    absentee: '{country}. {note}',
    absenteeLeader: '{country}: {leader}. {note}',
  },
  quotes: {
    origins: {
      seed: 'As reported by MENAFN',
      'kremlin-transcript': 'From the Kremlin’s English transcript',
    },
    /** Where the words as spoken come from (shown on a page in the language they were spoken in). */
    spokenOrigins: {
      verbatim: 'As printed in the original language by the outlets cited',
      reported: 'Reported speech: no Russian outlet we found prints this sentence as a quotation',
      adapted:
        'Reported speech, shortened from the outlet’s: no Russian outlet we found prints this sentence as a quotation',
    },
    caption: '{speaker}, {role}. {place}, {date}. {origin}.',
    source: 'Source',
    /** The heading of a note on a contested point: "Wording of the quotes:". */
    noteHeading: (title: string) => `${title}:`,
    notes: 'Notes on this quote',
    previous: '← Previous quote',
    next: 'Next quote →',
    count: (n: number, of: number) => `Quote ${n} of ${of}`,
    copy: 'Copy quote with citation',
    copied: 'Copied the quote and its citation.',
    copyBox: 'Quote with citation',
    all: 'All quotes',
    /** The copied citation, as plain text. */
    citation: (c: {
      words: string;
      speaker: string;
      role: string;
      place: string;
      date: string;
      sources: string;
    }) => `${c.words} — ${c.speaker}, ${c.role}. ${c.place}, ${c.date}. Source: ${c.sources}`,
    /** The same for reported speech, whose words are the outlet's, not a quotation. */
    citationReported: (c: {
      words: string;
      speaker: string;
      role: string;
      place: string;
      date: string;
      sources: string;
    }) =>
      `${c.words} (Reported speech, not a quotation.) ${c.speaker}, ${c.role}. ${c.place}, ${c.date}. Source: ${c.sources}`,
    quoted: (text: string) => `“${text}”`,
    withLead: (lead: string, text: string) => `${lead} “${text}”`,
  },
  sources: {
    heading: 'Sources',
    intro:
      'Every fact on this page cites one or more of these. Where sources disagree, the page says so rather than picking one.',
    links: 'Sources',
    /** Before a list of citations: "Sources: ". */
    label: (what: string) => `${what}: `,
    link: 'Source',
    /** After a source's title in the list: "TASS, 22 Dec 2025." */
    byline: (publisher: string, date: string | null) =>
      date ? `${publisher}, ${date}.` : `${publisher}.`,
    /** The sources page (sources/): every source and the corrections, without the explainer. */
    page: {
      /** The link to it where the list is not yet drawn (and, without JavaScript, never is). */
      link: 'All sources and corrections',
      /** Before that link: what the reader will find there. */
      stub: 'Every fact on this page cites its sources. The full list, with each source’s publisher, date and address, and the corrections are on a page of their own:',
      title: 'Sources and corrections',
      intro:
        'Every fact in the explainer cites one or more of these. Where sources disagree, it says so rather than picking one.',
      description:
        'Every source the CIS explainer cites, with its publisher, date and address, and the corrections made to it.',
    },
  },
  downloads: {
    heading: 'Get the data',
    files: {
      statuses: 'Status history of the 15 states',
      timeline: 'Timeline events',
      quotes: 'Quotes from the 22 Dec 2025 meeting',
      corrections: 'Corrections log',
      sources: 'Sources of every fact',
    },
    /** The two formats, as the buttons show them. */
    csv: 'CSV',
    json: 'JSON',
    /** The files as named inside a sentence. */
    inline: {
      statuses: 'status history of the 15 states',
      timeline: 'timeline events',
      quotes: 'quotes from the 22 Dec 2025 meeting',
      corrections: 'corrections log',
      sources: 'sources of every fact',
    },
    /** Each button's accessible name: "CSV of status history of the 15 states". */
    csvOf: (file: string) => `CSV of ${file}`,
    jsonOf: (file: string) => `JSON of ${file}`,
    failed: 'The download could not be prepared here. The data is also in the tables above.',
  },
  embed: {
    button: 'Embed this explainer',
    loading: 'Loading the embed code…',
    frameTitle: 'The CIS explained: members since 1991 and the 22 Dec 2025 St Petersburg meeting',
    /** Short enough for the credit line to keep to two lines in a 360 px frame. */
    credit: 'The CIS explained ↗',
  },
  corrections: {
    heading: 'Corrections',
    /** Above the corrections made on one day. */
    day: 'Corrected on {date}:',
  },
  /** The control beside Embed that offers the map as a picture (its dialog's words: en/image.ts). */
  image: {
    button: 'Download image',
    loading: 'Preparing the image…',
  },
  footer: {
    credits:
      'Boundaries: Natural Earth (public domain), drawn as internationally recognised (UN General Assembly resolution 68/262). Facts: the sources listed above; where they disagree the page says so. Map: Leaflet.',
    /** The page's naming convention, declared once. */
    names:
      'Names: each state as it names itself in English (Belarus, Kyrgyzstan, Moldova), and Kyiv for Ukraine’s capital.',
  },
};
