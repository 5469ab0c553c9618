/**
 * The closed vocabulary of the explainer's facts. Every record cites sources by id and carries
 * its certainty as a field, so views can show doubt instead of hiding it.
 */

/** The 15 post-Soviet states, by ISO 3166-1 alpha-2 code (source G1, the UN's M49 list). */
export const COUNTRY_CODES = [
  'AM',
  'AZ',
  'BY',
  'EE',
  'GE',
  'KZ',
  'KG',
  'LV',
  'LT',
  'MD',
  'RU',
  'TJ',
  'TM',
  'UA',
  'UZ',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** True for one of the 15 codes: ids from the geometry or the page are checked before use. */
export const isCountryCode = (id: unknown): id is CountryCode =>
  typeof id === 'string' && (COUNTRY_CODES as readonly string[]).includes(id);

/**
 * A country's relation to the CIS at a date. Membership is defined by the Charter (Art. 7):
 * a member is a state that has ratified it (H1, H4, H5).
 */
export const STATUSES = [
  'member',
  'member-halted',
  'associate',
  'founding-party',
  'signatory',
  'observer',
  'ceased-participation',
  'withdrawn',
  'not-yet-joined',
  'never-joined',
] as const;
export type Status = (typeof STATUSES)[number];

/** What the map colours: membership status, or attendance at the 22 Dec 2025 meeting. */
export const MAP_MODES = ['status', 'meeting'] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** A date at its real precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. See model/dates.ts. */
export type PartialDate = string;

/** Source ids (S1, H10, U5, …), each defined once in sources.ts. */
export type SourceId = string;

/** How sure the sources let us be: one agreeing source, several, or sources that disagree. */
export type Certainty = 'confirmed' | 'single-source' | 'contested';

/** Ids of the points on which sources disagree (C1, C6, …), defined in contested.ts. */
export type ContestedId = `C${number}`;

/** A source, defined once and cited by id everywhere else. */
export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  /** Publication date, where known. */
  readonly date?: PartialDate;
}

/** A point on which sources disagree; what each says is in the catalogue, keyed by `id`. */
export interface ContestedPoint {
  readonly id: ContestedId;
  readonly sourceIds: readonly SourceId[];
}

/** A post-Soviet state with its identifiers (G1: the UN's M49 list, which gives the ISO codes). */
export interface Country {
  readonly code: CountryCode;
  readonly iso3: string;
  /** ISO 3166-1 numeric, zero-padded as in Natural Earth / world-atlas ids. */
  readonly numeric: string;
  /**
   * The ISO 3166-1 English short name, for tooling (the geometry build names its shapes with it).
   * Readers see the name from the catalogue, in the page's language.
   */
  readonly name: string;
  readonly sourceIds: readonly SourceId[];
}

/**
 * One change of a country's status, effective from `from` (inclusive). A Charter ratification
 * made before the Charter was in force takes effect later: model/status.ts derives when.
 */
export interface StatusChange {
  /** Stable, URL-safe id: country, status and year, e.g. 'ge-withdrawn-2009'. */
  readonly id: string;
  readonly country: CountryCode;
  readonly status: Status;
  readonly from: PartialDate;
  readonly sourceIds: readonly SourceId[];
  readonly certainty: Certainty;
  /** The contested point behind a `contested` certainty. */
  readonly contested?: ContestedId;
  /**
   * What the date is, as the change's own sources say: the day a document was signed, ratified
   * by parliament, or entered into force for the state, or a decision (of a CIS council, of a
   * government). Required for changes to 'founding-party' and 'member' (the data checks hold it).
   */
  readonly dateIs?: ChangeDateKind;
}

/** What a status change's date marks (StatusChange.dateIs). */
export const CHANGE_DATE_KINDS = [
  'signature',
  'ratification',
  'entry-into-force',
  'decision',
  'effect',
] as const;
export type ChangeDateKind = (typeof CHANGE_DATE_KINDS)[number];

export const EVENT_CATEGORIES = [
  'founding',
  'membership',
  'treaties',
  'summits',
  'crises',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** A dated event of the timeline. */
export interface TimelineEvent {
  /** Stable, URL-safe id (`?event=<id>`), e.g. 'belovezha-accords'. */
  readonly id: string;
  readonly date: PartialDate;
  /** Last day of a multi-day event, when it has one. */
  readonly endDate?: PartialDate;
  readonly countries: readonly CountryCode[];
  readonly category: EventCategory;
  readonly sourceIds: readonly SourceId[];
  readonly certainty: Certainty;
  readonly contested?: ContestedId;
}

/** A verbatim quote from the 22 Dec 2025 meeting. */
export interface Quote {
  /** Stable, URL-safe id (`?quote=<id>`). */
  readonly id: string;
  /** The quoted words exactly as the source prints them. */
  readonly text: string;
  /** The reporter's words leading into a partial quote (not part of the quotation). */
  readonly lead?: string;
  readonly speaker: PersonId;
  readonly date: PartialDate;
  /** Where the wording comes from: MENAFN's report (S1, 'seed') or the Kremlin's English transcript. */
  readonly origin: 'seed' | 'kremlin-transcript';
  readonly sourceIds: readonly SourceId[];
  /** Context notes shown beside the quote (their words keyed by `id`), each with its sources. */
  readonly notes: readonly {
    readonly id: QuoteNoteId;
    readonly contested?: ContestedId;
    readonly sourceIds: readonly SourceId[];
    /** The note is about the English rendering: it does not go with the spoken words. */
    readonly aboutTranslation?: true;
  }[];
  /** The words as spoken, in the language they were spoken in, as the sources print them. */
  readonly spoken?: SpokenWords;
}

/**
 * A quote in the language it was spoken in. `verbatim`: the sources print these words in
 * quotation marks. `reported`: no source quotes the sentence, only reports it; the text is a
 * source's reported speech and is never shown in quotation marks.
 */
export interface SpokenWords {
  /** The BCP 47 language of the words: 'ru'. */
  readonly lang: string;
  readonly form: 'verbatim' | 'reported';
  /** Reported speech shortened from the outlet's own sentence; the page says so. */
  readonly adapted?: true;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

/** The people the page names; their names and offices are words, in the catalogue. */
export const PEOPLE = [
  'putin',
  'pashinyan',
  'lukashenko',
  'tokayev',
  'japarov',
  'rahmon',
  'berdimuhamedov',
  'mirziyoyev',
  'aliyev',
] as const;
export type PersonId = (typeof PEOPLE)[number];

/** The notes beside the quotes, by id. */
export const QUOTE_NOTES = ['trade-period', 'translation', 'world-order-wording'] as const;
export type QuoteNoteId = (typeof QUOTE_NOTES)[number];

export const ATTENDANCE = ['attended', 'absent', 'not-represented', 'not-participant'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** A country's part in the 22 Dec 2025 meeting. */
export interface MeetingRecord {
  readonly country: CountryCode;
  readonly attendance: Attendance;
  /** The leader the record names (at the meeting, or absent from it). */
  readonly leader?: PersonId;
  readonly sourceIds: readonly SourceId[];
}

/** A correction to a fact the page showed, as newsrooms log them. */
export interface Correction {
  /** Stable, URL-safe id. */
  readonly id: string;
  /** The day the correction was made. */
  readonly date: PartialDate;
  /** The sources for the corrected value. */
  readonly sourceIds: readonly SourceId[];
}
