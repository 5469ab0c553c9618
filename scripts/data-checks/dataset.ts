/**
 * What the data checks look at: records labelled with where they come from (for a report a data
 * contributor can act on), and a dataset, which the real data (realData.ts) and the tests' tiny
 * fixture both fit.
 */
import { EN } from '../../src/i18n/en';
import { eventWords } from '../../src/i18n/recordWords';
import type { EventWords } from '../../src/i18n/words';
import type {
  Certainty,
  ContestedPoint,
  Country,
  MeetingRecord,
  Quote,
  Source,
  SourceId,
  StatusChange,
  TimelineEvent,
} from '../../src/data/types';
import { TIMELINE_END } from '../../src/model/timeline';

/** A record that cites sources, labelled for the report. */
export interface Cited {
  readonly where: string;
  readonly sourceIds: readonly SourceId[];
}

/** A record that may carry doubt. */
export interface Doubtful {
  readonly where: string;
  readonly certainty?: Certainty;
  readonly contested?: string;
}

/** A date written somewhere in the data. */
export interface Dated {
  readonly where: string;
  readonly date: string;
}

/** Everything the checks look at; the real data and the fixture both fit it. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly contested: readonly ContestedPoint[];
  readonly changes: readonly StatusChange[];
  readonly events: readonly TimelineEvent[];
  readonly quotes: readonly Quote[];
  readonly meetingRecords?: readonly MeetingRecord[];
  readonly countries?: readonly Country[];
  /** Further citing records (status table, places, the meeting). */
  readonly otherCited?: readonly Cited[];
  /** The page's one list of citing records; without it, gathered from the parts above. */
  readonly cited?: readonly Cited[];
  /** Everything in the data, searched for `sourceIds` wherever they are; the dataset itself unless given. */
  readonly everything?: unknown;
  /** Records describing the state of things on the page's day (status table, the meeting). */
  readonly pageDayCited?: readonly Cited[];
  /** The events' words, where the rules read them; the English catalogue's unless given. */
  readonly eventWords?: Readonly<Record<string, EventWords>>;
}

/** An event's English words, from the dataset's own where it has them. */
export function wordsOf(
  d: { readonly eventWords?: Readonly<Record<string, EventWords>> },
  id: string,
) {
  return d.eventWords?.[id] ?? eventWords(EN.m, id);
}

/** The page's day: the St Petersburg meeting, the last day of the span. */
export const PAGE_DAY = TIMELINE_END;
