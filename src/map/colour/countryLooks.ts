import { COUNTRY_CODES } from '../../data/types';
import type { Attendance, CountryCode, MapMode, MeetingRecord } from '../../data/types';
import type { Messages } from '../../i18n/messages';
import type { CountryStatuses } from '../../model/status';
import type { CountryLook } from './countryStyle';

/** What the map needs to colour and name the 15 states; derived, never stored. */
export interface LookInput {
  readonly mode: MapMode;
  readonly statuses: CountryStatuses;
  readonly attendance: ReadonlyMap<CountryCode, MeetingRecord>;
  readonly selected: CountryCode | null;
  readonly highlighted: ReadonlySet<CountryCode>;
  /** The legend entry (a status or attendance) the reader points at: its states stand out. */
  readonly picked?: string | null;
}

/** Each state's look: fill by status (or attendance), emphasis by selection and event. */
export function countryLooks(input: LookInput): Record<CountryCode, CountryLook> {
  const entries = COUNTRY_CODES.map((code) => {
    const { status, approximate } = input.statuses[code];
    const attendance = attendanceOf(input.attendance, code);
    const key = input.mode === 'meeting' ? attendance : status;
    const picked = input.picked != null && input.picked === key;
    const look: CountryLook = {
      paint: input.mode === 'meeting' ? `attendance-${attendance}` : `status-${status}`,
      selected: input.selected === code,
      highlighted: input.highlighted.has(code) || picked,
      uncertain: input.mode === 'status' && approximate,
      dimmed: input.picked != null && !picked,
    };
    return [code, look] as const;
  });
  return Object.fromEntries(entries) as Record<CountryCode, CountryLook>;
}

/** Accessible names of the shapes: the country first, then what its colour says. */
export function countryNames(
  mode: MapMode,
  statuses: CountryStatuses,
  attendance: ReadonlyMap<CountryCode, MeetingRecord>,
  m: Messages,
): Record<CountryCode, string> {
  const entries = COUNTRY_CODES.map((code) => {
    const name = m.countries[code];
    if (mode === 'meeting') {
      const record = attendance.get(code);
      const label = m.attendance[attendanceOf(attendance, code)].inline;
      const named = record?.leader
        ? m.map.shapeMeetingLeader(
            name,
            label,
            m.leader(m.people[record.leader].name, m.people[record.leader].title),
          )
        : m.map.shapeMeeting(name, label);
      return [code, named] as const;
    }
    const { status, approximate } = statuses[code];
    const label = m.statuses[status].inline;
    const named = approximate
      ? m.map.shapeStatusApproximate(name, label)
      : m.map.shapeStatus(name, label);
    return [code, named] as const;
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
