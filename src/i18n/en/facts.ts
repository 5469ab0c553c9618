import type { Attendance, CountryCode, Status } from '../../data/types';
import type { PLACES } from '../../data/countries';
import type { StatusWords } from '../words';

/**
 * The words of the facts, keyed by the records' ids and codes (the records themselves, in
 * src/data, hold dates, codes, sources and certainty).
 */
export const EN_FACTS = {
  statuses: {
    member: {
      label: 'Member state',
      inline: 'member state',
      definition:
        'Has ratified the CIS Charter, which defines membership, and the Charter is in force (since 22 Jan 1994).',
    },
    'member-halted': {
      label: 'Member, not taking part',
      inline: 'member not taking part',
      definition:
        'A member state in law that has halted its participation: it has ratified the Charter but no longer takes part in CIS bodies and meetings.',
    },
    associate: {
      label: 'Associate member',
      inline: 'associate member',
      definition: 'Takes part as an associate without having ratified the Charter.',
    },
    'founding-party': {
      label: 'Party to the 1991 treaty',
      inline: 'party to the 1991 treaty',
      definition:
        'A party to the founding agreement: ratified the 1991 Creation Agreement or its Alma-Ata Protocol (or acceded later), but the Charter, which defines membership, is not (yet) in force for it.',
    },
    signatory: {
      label: 'Signed, not yet ratified',
      inline: 'signed, not yet ratified',
      definition: 'Signed the 1991 founding documents; its parliament had not yet ratified them.',
    },
    observer: {
      label: 'Observer',
      inline: 'observer',
      definition: 'Its parliament refused to ratify; it kept only observer status.',
    },
    'ceased-participation': {
      label: 'Out of all CIS bodies',
      inline: 'out of all CIS bodies',
      definition:
        'Ceased participation: never ratified the Charter, and has recalled its representatives from all CIS statutory bodies.',
    },
    withdrawn: {
      label: 'Withdrawn',
      inline: 'withdrawn',
      definition:
        'Left the CIS; withdrawal takes effect 12 months after notification (Charter Art. 9).',
    },
    'not-yet-joined': {
      label: 'Not yet joined',
      inline: 'not yet joined',
      definition: 'Had not signed the CIS founding documents at this date.',
    },
    'never-joined': {
      label: 'Never joined',
      inline: 'never joined',
      definition: 'Took no part in the founding documents or any CIS body.',
    },
  } satisfies Record<Status, StatusWords>,
  attendance: {
    attended: {
      label: 'Attended',
      inline: 'attended',
      definition: 'Its leader took part in the meeting.',
    },
    absent: {
      label: 'Absent',
      inline: 'absent',
      definition: 'A participating state whose leader stayed away.',
    },
    'not-represented': {
      label: 'Not represented',
      inline: 'not represented',
      definition: 'A member in law that has halted its participation.',
    },
    'not-participant': {
      label: 'Not a participant',
      inline: 'not a participant',
      definition: 'Not taking part in the CIS: withdrawn, ceased participation or never joined.',
    },
  } satisfies Record<Attendance, StatusWords>,
  /** Each state's short name. */
  countries: {
    AM: 'Armenia',
    AZ: 'Azerbaijan',
    BY: 'Belarus',
    EE: 'Estonia',
    GE: 'Georgia',
    KZ: 'Kazakhstan',
    KG: 'Kyrgyzstan',
    LV: 'Latvia',
    LT: 'Lithuania',
    MD: 'Moldova',
    RU: 'Russia',
    TJ: 'Tajikistan',
    TM: 'Turkmenistan',
    UA: 'Ukraine',
    UZ: 'Uzbekistan',
  } satisfies Record<CountryCode, string>,
  /** Each state's shortest name, for a map label where the short name does not fit. */
  countryShort: {
    AM: 'AM',
    AZ: 'AZ',
    BY: 'BY',
    EE: 'EE',
    GE: 'GE',
    KZ: 'KZ',
    KG: 'KG',
    LV: 'LV',
    LT: 'LT',
    MD: 'MD',
    RU: 'RU',
    TJ: 'TJ',
    TM: 'TM',
    UA: 'UA',
    UZ: 'UZ',
  } satisfies Record<CountryCode, string>,
  /**
   * The states in this language's alphabetical order: the table's rows and the map's Tab order.
   * Written out so no page load pays for collation tables; a unit test holds it to Intl.Collator.
   */
  countryOrder: [
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
  ] satisfies CountryCode[] as readonly CountryCode[],
  capitals: {
    AM: 'Yerevan',
    AZ: 'Baku',
    BY: 'Minsk',
    EE: 'Tallinn',
    GE: 'Tbilisi',
    KZ: 'Astana',
    KG: 'Bishkek',
    LV: 'Riga',
    LT: 'Vilnius',
    MD: 'Chișinău',
    RU: 'Moscow',
    TJ: 'Dushanbe',
    TM: 'Ashgabat',
    UA: 'Kyiv',
    UZ: 'Tashkent',
  } satisfies Record<CountryCode, string>,
  places: {
    hermitage: {
      name: 'State Hermitage Museum, St Petersburg',
      detail: 'Venue of the informal meeting of 22 December 2025 (St George Hall)',
    },
    executiveCommittee: {
      name: 'CIS Executive Committee, Minsk',
      detail: 'Seat of the CIS Executive Committee, 17 Kirov Street',
    },
  } satisfies Record<keyof typeof PLACES, { name: string; detail: string }>,
};
