import type { EventId } from './events';
import type { CountryCode, SourceId } from './types';

/**
 * The sources of the summary's sentences that are not read from a record: what the CIS is, the
 * meeting, who stayed away, what was said, and the chair that passed on. The sentences are words
 * (the catalogue's `story`); the counts and the states in them come from the status records.
 */
export const STORY_SOURCES = {
  /** What the CIS is: the Kremlin's glossary and the CIS Executive Committee. */
  what: ['H2', 'H3'],
  /**
   * Who was in it on the day: the Armenian MFA's list of members, Anadolu on Moldova's halt,
   * RFE/RL on Turkmenistan's associate status. (The counts come from the status records.)
   */
  who: ['H4', 'S3', 'H16a'],
  /** Who left: the Kremlin's glossary (Georgia), TASS (Ukraine), Anadolu (Moldova). */
  shrunk: ['H2', 'U5', 'S3'],
  /** The meeting: the Kremlin's account and TASS. */
  meeting: ['S2', 'S13'],
  /** Aliyev stayed away, though expected; Baku cited his “busy work schedule”. */
  absent: ['S3', 'S5', 'S6', 'S8'],
  /** What was said in public: trade and national currencies (Izvestia, Mir24). */
  said: ['S10', 'S14'],
  /** The informal format signs no documents; talks behind closed doors (news.by, BelTA's outlet). */
  informal: ['S11'],
  /** Turkmenistan chairs the CIS from 1 Jan 2026, as announced at the meeting. */
  chair: ['S9'],
} as const satisfies Record<string, readonly SourceId[]>;

/** The state that takes the CIS's rotating chair on 1 Jan 2026, announced at the meeting (S9). */
export const CHAIR_FROM_2026: CountryCode = 'TM';

/**
 * The quotes that lead the meeting's panel, strongest first: why the CIS matters to its host, in
 * the Kremlin's own transcript, then the politics and the trade figure. The rest follow in the
 * order of quotes.ts.
 */
export const LEADING_QUOTES: readonly string[] = ['preserved-ties', 'world-order', 'trade'];

/**
 * The key moments: about a dozen events of the timeline, in its date order, that tell the story
 * from the founding to the meeting. The full timeline keeps every event.
 */
export const KEY_MOMENTS: readonly EventId[] = [
  'belovezha-accords',
  'alma-ata-protocol',
  'ussr-dissolved',
  'charter-in-force',
  'georgia-joins',
  'turkmenistan-associate',
  'georgia-withdrawal-effective',
  'ukraine-2014',
  'ukraine-2018',
  'moldova-halts-participation',
  'dushanbe-summit-2025',
  'st-petersburg-meeting-2025',
];
