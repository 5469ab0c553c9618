import type { Country, CountryCode } from './types';

/**
 * The 15 post-Soviet states. Codes from ISO 3166-1 (G1); capitals' coordinates from a public
 * dataset (G2), cross-checked against a second (G5): approximate, not authoritative.
 */
export const COUNTRIES: readonly Country[] = [
  c('AM', 'ARM', '051', 'Armenia', 'Yerevan', 40.18, 44.5),
  c('AZ', 'AZE', '031', 'Azerbaijan', 'Baku', 40.41, 49.87),
  c('BY', 'BLR', '112', 'Belarus', 'Minsk', 53.9, 27.56),
  c('EE', 'EST', '233', 'Estonia', 'Tallinn', 59.44, 24.75),
  c('GE', 'GEO', '268', 'Georgia', 'Tbilisi', 41.72, 44.83),
  c('KZ', 'KAZ', '398', 'Kazakhstan', 'Astana', 51.16, 71.47),
  c('KG', 'KGZ', '417', 'Kyrgyzstan', 'Bishkek', 42.87, 74.57),
  c('LV', 'LVA', '428', 'Latvia', 'Riga', 56.95, 24.11),
  c('LT', 'LTU', '440', 'Lithuania', 'Vilnius', 54.69, 25.28),
  c('MD', 'MDA', '498', 'Moldova', 'Chișinău', 47.01, 28.86),
  c('RU', 'RUS', '643', 'Russia', 'Moscow', 55.76, 37.62),
  c('TJ', 'TJK', '762', 'Tajikistan', 'Dushanbe', 38.56, 68.79),
  c('TM', 'TKM', '795', 'Turkmenistan', 'Ashgabat', 37.96, 58.33),
  c('UA', 'UKR', '804', 'Ukraine', 'Kyiv', 50.45, 30.52),
  c('UZ', 'UZB', '860', 'Uzbekistan', 'Tashkent', 41.3, 69.24),
];

/** Each state's English short name, by code: the one lookup every view uses. */
export const COUNTRY_NAMES = Object.fromEntries(
  COUNTRIES.map((country) => [country.code, country.name]),
) as Readonly<Record<CountryCode, string>>;

function c(
  code: CountryCode,
  iso3: string,
  numeric: string,
  name: string,
  capital: string,
  lat: number,
  lon: number,
): Country {
  return {
    code,
    iso3,
    numeric,
    name,
    capital: { name: capital, lat, lon },
    sourceIds: ['G1', 'G2', 'G5'],
  };
}

/** Where the CIS meets (sources T5, T6; Hermitage G3, G4, G6). */
export const PLACES = {
  hermitage: {
    name: 'State Hermitage Museum, St Petersburg',
    detail: 'Venue of the informal meeting of 22 December 2025 (St George Hall)',
    lat: 59.941,
    lon: 30.313,
    sourceIds: ['G3', 'G4', 'G6', 'S2'],
  },
  executiveCommittee: {
    name: 'CIS Executive Committee, Minsk',
    detail: 'Seat of the CIS Executive Committee, 17 Kirov Street',
    lat: 53.9,
    lon: 27.56,
    sourceIds: ['T5', 'T6', 'G2'],
  },
} as const;
