import { compareNames } from '../model/compareNames';
import type { Country, CountryCode, MapMode, MeetingRecord } from '../data/types';
import { STATUS_INFO } from '../data/statuses';
import { ATTENDANCE_INFO } from '../data/meeting';
import { formatDate } from '../model/dates';
import type { Day } from '../model/dates';
import type { StatusMap } from '../model/status';
import { attendanceOf } from './countryLooks';

interface CountryTableProps {
  readonly countries: readonly Country[];
  readonly statuses: StatusMap;
  readonly attendance: ReadonlyMap<CountryCode, MeetingRecord>;
  readonly mode: MapMode;
  readonly day: Day;
  readonly selected: CountryCode | null;
  readonly onSelect: (country: CountryCode) => void;
}

/** The text alternative to the map: every state with what its colour says, each selectable. */
export function CountryTable({
  countries,
  statuses,
  attendance,
  mode,
  day,
  selected,
  onSelect,
}: CountryTableProps) {
  const sorted = [...countries].sort((a, b) => compareNames(a.name, b.name));
  return (
    <table className="country-table">
      <caption>
        {mode === 'meeting'
          ? 'The 15 post-Soviet states at the meeting of 22 Dec 2025'
          : `Status of the 15 post-Soviet states on ${formatDate(day)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Country</th>
          <th scope="col">{mode === 'meeting' ? 'At the meeting' : 'Status'}</th>
          <th scope="col">{mode === 'meeting' ? 'Leader' : 'Since'}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((country) => {
          const current = statuses[country.code];
          const record = attendance.get(country.code);
          return (
            <tr
              key={country.code}
              className={selected === country.code ? 'row-selected' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={selected === country.code}
                  onClick={() => onSelect(country.code)}
                >
                  {country.name}
                </button>
              </th>
              {mode === 'meeting' ? (
                <>
                  <td>{ATTENDANCE_INFO[attendanceOf(attendance, country.code)].label}</td>
                  <td>{record?.leader ? `${record.leader.name}, ${record.leader.title}` : '—'}</td>
                </>
              ) : (
                <>
                  <td>{STATUS_INFO[current.status].label}</td>
                  <td>
                    {current.change ? formatDate(current.change.from) : '—'}
                    {current.change?.certainty === 'contested' && (
                      <span className="certainty"> (contested)</span>
                    )}
                  </td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
