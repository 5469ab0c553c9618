import type { Country, CountryCode, MapMode, MeetingRecord } from '../data/types';
import { useLocale } from '../i18n/useLocale';
import type { Day } from '../model/dates';
import type { CountryStatuses } from '../model/status';
import { flagsDoubtInline } from '../model/doubt';
import { attendanceOf } from './colour/countryLooks';
import { countryPath } from '../options/pages';
import { usePageRoot } from '../ui/usePageRoot';

interface CountryTableProps {
  readonly countries: readonly Country[];
  readonly statuses: CountryStatuses;
  readonly attendance: ReadonlyMap<CountryCode, MeetingRecord>;
  readonly mode: MapMode;
  readonly day: Day;
  readonly selected: CountryCode | null;
  readonly onSelect: (country: CountryCode) => void;
}

/** The text alternative to the map: every state with what its colour says, each a link that selects it. */
export function CountryTable({
  countries,
  statuses,
  attendance,
  mode,
  day,
  selected,
  onSelect,
}: CountryTableProps) {
  const locale = useLocale();
  const root = usePageRoot();
  const { m } = locale;
  const rank = (code: CountryCode) => m.countryOrder.indexOf(code);
  const sorted = [...countries].sort((a, b) => rank(a.code) - rank(b.code));
  return (
    <table className="country-table">
      <caption>
        {mode === 'meeting' ? m.table.captionMeeting : m.table.captionStatus(locale.date(day))}
      </caption>
      <thead>
        <tr>
          <th scope="col">{m.table.country}</th>
          <th scope="col">{mode === 'meeting' ? m.table.attendance : m.table.status}</th>
          <th scope="col">{mode === 'meeting' ? m.table.leader : m.table.since}</th>
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
                {/* A link to the state's own page: it can be copied, opened in a new tab, and
                    followed without JavaScript; a plain click selects in place. */}
                <a
                  href={`${root}${countryPath(country.code)}`}
                  aria-current={selected === country.code ? 'true' : undefined}
                  onClick={(event) => {
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
                      return;
                    if (event.altKey) return;
                    event.preventDefault();
                    onSelect(country.code);
                  }}
                >
                  {m.countries[country.code]}
                </a>
              </th>
              {mode === 'meeting' ? (
                <>
                  <td>{m.attendance[attendanceOf(attendance, country.code)].label}</td>
                  <td>
                    {record?.leader
                      ? m.leader(m.people[record.leader].name, m.people[record.leader].title)
                      : m.table.none}
                  </td>
                </>
              ) : (
                <>
                  <td>{m.statuses[current.status].label}</td>
                  <td>
                    {current.change ? locale.date(current.change.from) : m.table.none}
                    {current.change && flagsDoubtInline(current.change) && (
                      <span className="certainty"> {m.flagged(m.certainty.contested)}</span>
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
