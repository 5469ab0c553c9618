import { COUNTRY_CODES } from '../data/types';
import type { Attendance, CountryCode, MapMode, MeetingRecord } from '../data/types';
import { ATTENDANCE_INFO } from '../data/meeting';
import { STATUS_INFO } from '../data/statuses';
import type { StatusMap } from '../model/status';
import type { CountryLook } from './countryStyle';
import { ATTENDANCE_COLORS, STATUS_COLORS } from './palette';
import type { Scheme } from './palette';

/** What the map needs to colour and name the 15 states; derived, never stored. */
export interface LookInput {
  readonly mode: MapMode;
  readonly statuses: StatusMap;
  readonly attendance: ReadonlyMap<CountryCode, MeetingRecord>;
  readonly selected: CountryCode | null;
  readonly highlighted: ReadonlySet<CountryCode>;
  readonly scheme: Scheme;
}

/** Each state's look: fill by status (or attendance), emphasis by selection and event. */
export function countryLooks(input: LookInput): Record<CountryCode, CountryLook> {
  const entries = COUNTRY_CODES.map((code) => {
    const { status, approximate } = input.statuses[code];
    const fill =
      input.mode === 'meeting'
        ? ATTENDANCE_COLORS[input.scheme][attendanceOf(input.attendance, code)]
        : STATUS_COLORS[input.scheme][status];
    const look: CountryLook = {
      fill,
      selected: input.selected === code,
      highlighted: input.highlighted.has(code),
      uncertain: input.mode === 'status' && approximate,
    };
    return [code, look] as const;
  });
  return Object.fromEntries(entries) as Record<CountryCode, CountryLook>;
}

/** Accessible names of the shapes: the country first, then what its colour says. */
export function countryNames(
  mode: MapMode,
  statuses: StatusMap,
  attendance: ReadonlyMap<CountryCode, MeetingRecord>,
  countryName: (code: CountryCode) => string,
): Record<CountryCode, string> {
  const entries = COUNTRY_CODES.map((code) => {
    const name = countryName(code);
    if (mode === 'meeting') {
      const record = attendance.get(code);
      const label = ATTENDANCE_INFO[attendanceOf(attendance, code)].label.toLowerCase();
      const leader = record?.leader ? ` (${record.leader.name}, ${record.leader.title})` : '';
      return [code, `${name} — ${label}${leader}`] as const;
    }
    const { status, approximate } = statuses[code];
    const note = approximate ? ' (date approximate)' : '';
    return [code, `${name} — ${STATUS_INFO[status].label.toLowerCase()}${note}`] as const;
  });
  return Object.fromEntries(entries) as Record<CountryCode, string>;
}

/** A state's attendance at the meeting; a state without a record was not a participant. */
export function attendanceOf(
  records: ReadonlyMap<CountryCode, MeetingRecord>,
  code: CountryCode,
): Attendance {
  return records.get(code)?.attendance ?? 'not-participant';
}
