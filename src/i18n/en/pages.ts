import type { CountryCode, Status } from '../../data/types';
import { EN_FACTS } from './facts';

const statusInSentence = (status: Status) => EN_FACTS.statuses[status].inline;

/** What a state page's headline is made of, as plain values (dates already in words). */
export interface SummaryWords {
  readonly country: CountryCode;
  readonly name: string;
  /** The year it first took part (a founding party, a member or an associate), or ''. */
  readonly joined: string;
  /**
   * The year it became a member state, from its first member-state period (so never before the
   * Charter's entry into force in 1994), or '' if it never was one.
   */
  readonly memberYear: string;
  /** When its status at the end of the record began, at the date's own precision. */
  readonly since: string;
  /** The year of `since`. */
  readonly sinceYear: string;
}

/**
 * The words of the pages' heads, share cards and share control: each state page's title and
 * description are built from the state's status history (src/site/pageHead.ts), never written per
 * state.
 */
export const EN_PAGES = {
  site: 'The CIS explained',
  /** A state page's <title>: its headline, then the site's name. */
  title: (headline: string, site: string) => `${headline} · ${site}`,
  /** A state's headline, by the status it holds at the end of the record. */
  headline: {
    member: (w: SummaryWords) =>
      `${w.name} and the CIS: joined ${w.joined}, member since ${w.memberYear}`,
    'member-halted': (w: SummaryWords) =>
      `${w.name} and the CIS: ${w.memberYear ? `member since ${w.memberYear}` : `joined ${w.joined}`}, not taking part since ${w.since}`,
    associate: (w: SummaryWords) =>
      `${w.name} and the CIS: joined ${w.joined}, associate member since ${w.sinceYear}`,
    'founding-party': (w: SummaryWords) =>
      `${w.name} and the CIS: party to the 1991 treaty since ${w.since}`,
    signatory: (w: SummaryWords) => `${w.name} and the CIS: signed ${w.since}, not yet ratified`,
    observer: (w: SummaryWords) => `${w.name} and the CIS: observer since ${w.since}`,
    'ceased-participation': (w: SummaryWords) =>
      `${w.name} and the CIS: joined ${w.joined}, left all CIS bodies on ${w.since}`,
    withdrawn: (w: SummaryWords) =>
      `${w.name} and the CIS: ${w.memberYear ? `member ${w.memberYear}–${w.sinceYear}` : `joined ${w.joined}`}, withdrew ${w.since}`,
    'not-yet-joined': (w: SummaryWords) => `${w.name} and the CIS: not joined`,
    'never-joined': (w: SummaryWords) => `${w.name} and the CIS: never joined`,
  } satisfies Record<Status, (words: SummaryWords) => string>,
  /**
   * A status in a sentence whose subject is the state: in languages with gender (Russian) its
   * verbs agree with the state's name; English needs only the status.
   */
  statusOf: statusInSentence as (status: Status, country: CountryCode) => string,
  /** One step of a state's history in its description: "member state (19 Apr 1994)". */
  step: (status: string, date: string) => `${status} (${date})`,
  /** A state page's meta description; `steps` is the list of its history's steps. */
  description: (name: string, steps: string) =>
    `${name} in the CIS: ${steps}. Map, timeline and a source for every fact.`,
  /** The share image's text alternative. */
  imageAlt: 'Map of the post-Soviet states coloured by their status in the CIS',
  imageAltCountry: (name: string) =>
    `Map of the post-Soviet states coloured by their status in the CIS, ${name} highlighted`,
  /** The share image's source line. */
  cardSource: 'Sources for every fact on the page · Boundaries: Natural Earth',
  /** The JSON-LD Dataset's description of the downloads. */
  datasetDescription:
    'Every status change of the 15 post-Soviet states in the Commonwealth of Independent States since 1991, with dates, certainty and source ids, as CSV and JSON.',
  /** The link to a state's own page, in its details. */
  pageLink: (name: string) => `Page for ${name}`,
  share: 'Share',
  shareTitle: (name: string) => `Share the page for ${name}`,
  shareCopied: 'Link copied.',
  shareBox: 'Link to share',
};
