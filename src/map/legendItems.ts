import { ATTENDANCE_INFO } from '../data/meeting';
import { STATUS_INFO } from '../data/statuses';
import { ATTENDANCE, COUNTRY_CODES, STATUSES } from '../data/types';
import type { CountryCode, MapMode, MeetingRecord } from '../data/types';
import { countByStatus } from '../model/status';
import type { StatusMap } from '../model/status';
import { attendanceOf } from './countryLooks';
import type { LegendItem } from './MapLegend';
import { ATTENDANCE_COLORS, STATUS_COLORS } from './palette';
import type { Scheme } from './palette';

/** The legend for what the map colours: every status (or attendance), with how many states have it. */
export function legendItems(
  mode: MapMode,
  statuses: StatusMap,
  attendance: ReadonlyMap<CountryCode, MeetingRecord>,
  scheme: Scheme,
): LegendItem[] {
  if (mode === 'meeting') {
    return ATTENDANCE.map((key) => ({
      key,
      ...ATTENDANCE_INFO[key],
      color: ATTENDANCE_COLORS[scheme][key],
      count: COUNTRY_CODES.filter((code) => attendanceOf(attendance, code) === key).length,
    }));
  }
  const counts = countByStatus(statuses);
  return STATUSES.map((key) => ({
    key,
    label: STATUS_INFO[key].label,
    definition: STATUS_INFO[key].definition,
    color: STATUS_COLORS[scheme][key],
    count: counts[key],
  }));
}
