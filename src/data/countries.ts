import type { Country } from './types';

/**
 * The 15 post-Soviet states, with their ISO 3166-1 codes as the UN Statistics Division's M49 list
 * gives them (G1); the numeric code is the one the map's Natural Earth shapes carry. The page
 * names each capital (a word, in the catalogue) but places no marker on it, so no coordinates.
 */
export const COUNTRIES: readonly Country[] = [
  postSovietState({
    code: 'AM',
    iso3: 'ARM',
    numeric: '051',
    name: 'Armenia',
  }),
  postSovietState({
    code: 'AZ',
    iso3: 'AZE',
    numeric: '031',
    name: 'Azerbaijan',
  }),
  postSovietState({
    code: 'BY',
    iso3: 'BLR',
    numeric: '112',
    name: 'Belarus',
  }),
  postSovietState({
    code: 'EE',
    iso3: 'EST',
    numeric: '233',
    name: 'Estonia',
  }),
  postSovietState({
    code: 'GE',
    iso3: 'GEO',
    numeric: '268',
    name: 'Georgia',
  }),
  postSovietState({
    code: 'KZ',
    iso3: 'KAZ',
    numeric: '398',
    name: 'Kazakhstan',
  }),
  postSovietState({
    code: 'KG',
    iso3: 'KGZ',
    numeric: '417',
    name: 'Kyrgyzstan',
  }),
  postSovietState({
    code: 'LV',
    iso3: 'LVA',
    numeric: '428',
    name: 'Latvia',
  }),
  postSovietState({
    code: 'LT',
    iso3: 'LTU',
    numeric: '440',
    name: 'Lithuania',
  }),
  postSovietState({
    code: 'MD',
    iso3: 'MDA',
    numeric: '498',
    name: 'Moldova',
  }),
  postSovietState({
    code: 'RU',
    iso3: 'RUS',
    numeric: '643',
    name: 'Russia',
  }),
  postSovietState({
    code: 'TJ',
    iso3: 'TJK',
    numeric: '762',
    name: 'Tajikistan',
  }),
  postSovietState({
    code: 'TM',
    iso3: 'TKM',
    numeric: '795',
    name: 'Turkmenistan',
  }),
  postSovietState({
    code: 'UA',
    iso3: 'UKR',
    numeric: '804',
    name: 'Ukraine',
  }),
  postSovietState({
    code: 'UZ',
    iso3: 'UZB',
    numeric: '860',
    name: 'Uzbekistan',
  }),
];

/** A state's record, with the sources every record here shares. */
function postSovietState(country: Omit<Country, 'sourceIds'>): Country {
  return { ...country, sourceIds: ['G1'] };
}

/**
 * Where the CIS meets; their names are in the catalogue. The venue is the Kremlin's (S2), the
 * Executive Committee's address its own (T9); each marker stands on its city's point in Natural
 * Earth's populated places (G2), the data the map's borders come from, which is exact enough for
 * a marker at the map's scale.
 */
export const PLACES = {
  hermitage: {
    lat: 59.94,
    lon: 30.32,
    sourceIds: ['S2', 'G2'],
  },
  executiveCommittee: {
    lat: 53.9,
    lon: 27.57,
    sourceIds: ['T9', 'T5', 'G2'],
  },
} as const;
