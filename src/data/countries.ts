import type { Country } from './types';

/**
 * The 15 post-Soviet states. Codes from ISO 3166-1 (G1); capitals' coordinates from a public
 * dataset (G2), cross-checked against a second (G5): approximate, not authoritative.
 */
export const COUNTRIES: readonly Country[] = [
  postSovietState({
    code: 'AM',
    iso3: 'ARM',
    numeric: '051',
    name: 'Armenia',
    capital: { lat: 40.18, lon: 44.5 },
  }),
  postSovietState({
    code: 'AZ',
    iso3: 'AZE',
    numeric: '031',
    name: 'Azerbaijan',
    capital: { lat: 40.41, lon: 49.87 },
  }),
  postSovietState({
    code: 'BY',
    iso3: 'BLR',
    numeric: '112',
    name: 'Belarus',
    capital: { lat: 53.9, lon: 27.56 },
  }),
  postSovietState({
    code: 'EE',
    iso3: 'EST',
    numeric: '233',
    name: 'Estonia',
    capital: { lat: 59.44, lon: 24.75 },
  }),
  postSovietState({
    code: 'GE',
    iso3: 'GEO',
    numeric: '268',
    name: 'Georgia',
    capital: { lat: 41.72, lon: 44.83 },
  }),
  postSovietState({
    code: 'KZ',
    iso3: 'KAZ',
    numeric: '398',
    name: 'Kazakhstan',
    capital: { lat: 51.16, lon: 71.47 },
  }),
  postSovietState({
    code: 'KG',
    iso3: 'KGZ',
    numeric: '417',
    name: 'Kyrgyzstan',
    capital: { lat: 42.87, lon: 74.57 },
  }),
  postSovietState({
    code: 'LV',
    iso3: 'LVA',
    numeric: '428',
    name: 'Latvia',
    capital: { lat: 56.95, lon: 24.11 },
  }),
  postSovietState({
    code: 'LT',
    iso3: 'LTU',
    numeric: '440',
    name: 'Lithuania',
    capital: { lat: 54.69, lon: 25.28 },
  }),
  postSovietState({
    code: 'MD',
    iso3: 'MDA',
    numeric: '498',
    name: 'Moldova',
    capital: { lat: 47.01, lon: 28.86 },
  }),
  postSovietState({
    code: 'RU',
    iso3: 'RUS',
    numeric: '643',
    name: 'Russia',
    capital: { lat: 55.76, lon: 37.62 },
  }),
  postSovietState({
    code: 'TJ',
    iso3: 'TJK',
    numeric: '762',
    name: 'Tajikistan',
    capital: { lat: 38.56, lon: 68.79 },
  }),
  postSovietState({
    code: 'TM',
    iso3: 'TKM',
    numeric: '795',
    name: 'Turkmenistan',
    capital: { lat: 37.96, lon: 58.33 },
  }),
  postSovietState({
    code: 'UA',
    iso3: 'UKR',
    numeric: '804',
    name: 'Ukraine',
    capital: { lat: 50.45, lon: 30.52 },
  }),
  postSovietState({
    code: 'UZ',
    iso3: 'UZB',
    numeric: '860',
    name: 'Uzbekistan',
    capital: { lat: 41.3, lon: 69.24 },
  }),
];

/** A state's record, with the sources every record here shares. */
function postSovietState(country: Omit<Country, 'sourceIds'>): Country {
  return { ...country, sourceIds: ['G1', 'G2', 'G5'] };
}

/** Where the CIS meets (sources T5, T6; Hermitage G3, G4, G6); their names are in the catalogue. */
export const PLACES = {
  hermitage: {
    lat: 59.941,
    lon: 30.313,
    sourceIds: ['G3', 'G4', 'G6', 'S2'],
  },
  executiveCommittee: {
    lat: 53.9,
    lon: 27.56,
    sourceIds: ['T5', 'T6', 'G2'],
  },
} as const;
