import type { CountryCode, Status } from '../../data/types';

/** The numbers one to fifteen in words, as a newsroom writes them in a sentence. */
const NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
];
const count = (n: number) => NUMBERS[n] ?? String(n);

/** What the summary's sentence on who is in the CIS is made of (names and dates already in words). */
export interface WhoWords {
  readonly date: string;
  readonly members: number;
  readonly takingPart: number;
  /** The states whose participation is halted, as a list, and the year of the first halt. */
  readonly halted: string;
  readonly haltedCount: number;
  readonly haltedCodes: readonly CountryCode[];
  readonly haltedSince: string;
  /** The associate members, as a list. */
  readonly associates: string;
  readonly associateCount: number;
}

/** One state that stopped taking part, for the summary's point on the shrinking Commonwealth. */
export interface StoppedWords {
  readonly country: CountryCode;
  readonly name: string;
  readonly status: Status;
  readonly year: string;
}

/** What a state page's lead is made of (dates already in words). */
export interface LeadWords {
  readonly country: CountryCode;
  readonly name: string;
  /** When its status on the page's date began. */
  readonly since: string;
  /** The page's date: the meeting. */
  readonly date: string;
}

/**
 * The story's words: the summary at the top of the home page, the period the page covers, a
 * state page's lead, the meeting as news, the key moments and the short corrections line.
 */
export const EN_STORY = {
  story: {
    period: {
      /** The dated line under the headline and in the footer. */
      long: 'This page covers {from} to the leaders’ meeting of {to}. Facts last checked {checked}.',
      /** The embed's compact form. */
      short: '{from} – {to}, checked {checked}.',
      card: (from: string, to: string, checked: string) => `${from} – ${to} · checked ${checked}`,
      /** After the period line in the footer. */
      corrections: 'Corrections are listed with the sources.',
    },
    lede: {
      label: 'Summary',
      what: 'The Commonwealth of Independent States (CIS) is the association that former Soviet republics founded in December 1991, as the Soviet Union broke up.',
      who: (w: WhoWords) =>
        `On ${w.date}, ${count(w.members)} states were members under its Charter` +
        (w.haltedCount > 0
          ? `: ${count(w.takingPart)} taking part, and ${w.halted}, which halted ${w.haltedCount > 1 ? 'their' : 'its'} participation in ${w.haltedSince}`
          : '') +
        (w.associateCount > 0
          ? `; ${w.associates} ${w.associateCount > 1 ? 'were associate members' : 'was an associate member'}.`
          : '.'),
      meeting:
        'That day Vladimir Putin hosted the leaders at the Hermitage in St\u00a0Petersburg for their traditional year-end meeting.',
      pointsHeading: 'Why it matters',
      /** The states that stopped taking part, each as "Georgia left in 2009". */
      stopped: (w: StoppedWords) =>
        w.status === 'withdrawn'
          ? `${w.name} left in ${w.year}`
          : w.status === 'ceased-participation'
            ? `${w.name} stopped taking part in ${w.year}`
            : `${w.name} halted its participation in ${w.year}`,
      shrunk: (steps: string) => `The Commonwealth is smaller than it was: ${steps}.`,
      /** `country` is the absent state, `leader` its leader's name. */
      absent: (country: string, leader: string) =>
        `Not every member came: ${country}’s president, ${leader}, expected by the Kremlin, stayed away; Baku cited his “busy work schedule”.`,
      said: 'Putin spoke in public of trade with the Commonwealth and of payments in national currencies; an informal meeting of this kind signs no documents.',
      chair: (country: string) =>
        `${country}, an associate member, takes over the CIS’s rotating chair on 1 January 2026.`,
    },
    state: {
      /** A state page's headline. */
      heading: (name: string) => `${name} and the CIS`,
      /** Its status on the page's date, and since when. */
      lead: {
        member: (w: LeadWords) =>
          `On ${w.date}, ${w.name} was a member state of the CIS, as it had been since ${w.since}.`,
        'member-halted': (w: LeadWords) =>
          `On ${w.date}, ${w.name} was still a member of the CIS in law, but it had halted its participation in ${w.since}.`,
        associate: (w: LeadWords) =>
          `On ${w.date}, ${w.name} was an associate member of the CIS, as it had been since ${w.since}.`,
        'founding-party': (w: LeadWords) =>
          `On ${w.date}, ${w.name} was a party to the CIS’s founding agreement, as it had been since ${w.since}.`,
        signatory: (w: LeadWords) =>
          `On ${w.date}, ${w.name} had signed the CIS’s founding documents (${w.since}) but not ratified them.`,
        observer: (w: LeadWords) =>
          `On ${w.date}, ${w.name} was an observer in the CIS, as it had been since ${w.since}.`,
        'ceased-participation': (w: LeadWords) =>
          `On ${w.date}, ${w.name} took no part in the CIS: it stopped taking part on ${w.since}.`,
        withdrawn: (w: LeadWords) =>
          `On ${w.date}, ${w.name} was no longer in the CIS: its withdrawal took effect on ${w.since}.`,
        'not-yet-joined': (w: LeadWords) => `On ${w.date}, ${w.name} had not joined the CIS.`,
        'never-joined': (w: LeadWords) => `${w.name} never joined the CIS.`,
      } satisfies Record<Status, (words: LeadWords) => string>,
      /** One sentence of why, around the cause's clause ("after the Russia–Georgia war…"). */
      why: (clause: string) => `This came ${clause}.`,
      /**
       * How it came to stand where it does, in one sentence, where the mechanism needs saying:
       * from the facts of the change that put it there (its sources are that change's). The cause
       * of an exit or halt is `m.causes`, with its own sources.
       */
      how: {
        GE: 'It had announced its withdrawal in August 2008; under the Charter, a withdrawal takes effect 12 months after the CIS is notified.',
        UA: 'A presidential decree recalled its representatives from all CIS statutory bodies.',
        TM: 'It became an associate at the Kazan summit of 2005, citing its permanent neutrality.',
      } satisfies Partial<Record<CountryCode, string>> as Partial<Record<CountryCode, string>>,
      /** Its leader at the meeting on the page's date, by attendance; `leader` is "name, office". */
      meeting: {
        attended: (leader: string) =>
          `${leader}, came to the leaders’ meeting in St\u00a0Petersburg that day.`,
        absent: (leader: string) => `${leader}, stayed away from the leaders’ meeting that day.`,
        'not-represented': 'It sent no one to the leaders’ meeting that day.',
      },
    },
    meeting: {
      pointsLabel: 'The meeting in brief',
      /** `states`: the states whose leaders came, as a list. */
      came: (leaders: number, states: string) =>
        `Who came: ${count(leaders)} leaders, the host included, from ${states}.`,
      /** `absent`: the absent leader's state; `halted`: the state whose participation is halted. */
      stayedAway: (absent: string, leader: string, halted: string) =>
        `Who did not: ${absent}’s ${leader} stayed away, citing a “busy work schedule”; ${halted}, which halted its participation in 2022, sent no one.`,
      said: (chair: string) =>
        `What was said: Putin spoke of trade with the Commonwealth, of payments in national currencies and of the chair passing to ${chair}.`,
      informal:
        'An informal meeting of this kind signs no documents: the leaders talked behind closed doors.',
      programme: 'The programme',
      quotes: 'Quotes from the meeting',
    },
    keyMoments: {
      heading: 'Key moments, 1991–2025',
      all: 'Every event is in the full timeline below.',
    },
    corrections: {
      /** The embed's link to the corrections on the full page. */
      link: 'Corrections',
      /** One correction's date before its text. */
      line: '{date}: {text}',
    },
  },
};
