import type { PartialDate } from '../data/types';

/** How precisely a date is known. */
export type Precision = 'year' | 'month' | 'day';

/** A full calendar day, 'YYYY-MM-DD'. */
export type Day = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
interface Parts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null for anything else, including 2023-02-30. */
export function parsePartialDate(value: string): Parts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a well-formed partial date. */
export function isPartialDate(value: string): value is PartialDate {
  return parsePartialDate(value) !== null;
}

/** The precision a partial date is written at. */
export function precisionOf(date: PartialDate): Precision {
  const parts = mustParse(date);
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

/** The first day of the period a partial date names: '2022' → '2022-01-01'. */
export function startOf(date: PartialDate): Day {
  const { year, month = 1, day = 1 } = mustParse(date);
  return toDay(year, month, day);
}

/** The last day of the period a partial date names: '1993-12' → '1993-12-31'. */
export function endOf(date: PartialDate): Day {
  const { year, month = 12, day } = mustParse(date);
  return toDay(year, month, day ?? daysInMonth(year, month));
}

/**
 * The one ordering rule for partial dates: by their first day; on a tie the coarser date comes
 * first ('1993-12' before '1993-12-01'), because it may stand for an earlier moment.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  // 'YYYY-MM-DD' strings sort as the days do; plain comparison, not localeCompare, which goes
  // through the locale's collation and was the slowest step of first render.
  const [startA, startB] = [startOf(a), startOf(b)];
  if (startA !== startB) return startA < startB ? -1 : 1;
  return PRECISION_RANK[precisionOf(a)] - PRECISION_RANK[precisionOf(b)];
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Days since 1970-01-01 for a full day (proleptic Gregorian; no Date object, no time zone). */
export function dayNumber(day: Day): number {
  const { year, month = 1, day: d = 1 } = mustParse(day);
  // Howard Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day with the given day number; the inverse of dayNumber. */
export function dayFromNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return toDay(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function mustParse(date: PartialDate): Parts {
  const parts = parsePartialDate(date);
  if (!parts) throw new RangeError(`Not a partial date: ${JSON.stringify(date)}`);
  return parts;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function toDay(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
