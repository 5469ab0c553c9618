import type { CountryCode, Status } from '../../data/types';
import { RU_FACTS } from './facts';

/** A Russian grammatical gender: masculine, feminine, neuter. */
export type Gender = 'm' | 'f' | 'n';

/**
 * The gender of each state's name as this edition writes it (RU_FACTS.countries): a past-tense
 * verb whose subject is the name agrees with it («Грузия вышла», «Казахстан подписал»). The
 * statuses' own labels need no agreement (nouns, or the present tense: «Грузия — бывший член
 * СНГ», «Эстония — не входит в СНГ»), as they stand beside any name on the map and in the table.
 */
export const NAME_GENDER = {
  AM: 'f',
  AZ: 'm',
  BY: 'f',
  EE: 'f',
  GE: 'f',
  KZ: 'm',
  KG: 'm',
  LV: 'f',
  LT: 'f',
  MD: 'f',
  RU: 'f',
  TJ: 'm',
  TM: 'm',
  UA: 'f',
  UZ: 'm',
} as const satisfies Record<CountryCode, Gender>;

/** A past-tense verb in each gender. */
export type PastTense = Readonly<Record<Gender, string>>;

/** A regular past tense from its stem: «подписа» → подписал, подписала, подписало. */
const past = (stem: string): PastTense => ({ m: `${stem}л`, f: `${stem}ла`, n: `${stem}ло` });

/** The verbs the pages' headlines and descriptions put after a state's name. */
export const VERBS = {
  signed: past('подписа'),
  ratified: past('ратифицирова'),
  entered: past('входи'),
  joined: { m: 'присоединился', f: 'присоединилась', n: 'присоединилось' },
  left: { m: 'вышел', f: 'вышла', n: 'вышло' },
} as const satisfies Record<string, PastTense>;

/** A verb agreeing with a state's name. */
export const verbFor = (verb: keyof typeof VERBS, country: CountryCode): string =>
  VERBS[verb][NAME_GENDER[country]];

/**
 * A status in a sentence whose subject is the state's name: the verbs agree with the name
 * («Эстония: не входила в СНГ»); the statuses named by a noun keep their in-sentence form.
 */
export function statusAgreeing(status: Status, country: CountryCode): string {
  const v = (verb: keyof typeof VERBS) => verbFor(verb, country);
  switch (status) {
    case 'signatory':
      return `${v('signed')}, но ещё не ${v('ratified')}`;
    case 'ceased-participation':
      return `${v('left')} из всех органов СНГ`;
    case 'withdrawn':
      return `${v('left')} из СНГ`;
    case 'not-yet-joined':
      return `ещё не ${v('joined')}`;
    case 'never-joined':
      return `не ${v('entered')} в СНГ`;
    default:
      return RU_FACTS.statuses[status].inline;
  }
}
