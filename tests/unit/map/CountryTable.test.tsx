import { EN } from '../../../src/i18n/en';
import { fireEvent, render, screen, within } from '../render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { COUNTRIES } from '../../../src/data/countries';
import { MEETING_RECORDS } from '../../../src/data/meeting';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import type { CountryCode } from '../../../src/data/types';
import type { Day } from '../../../src/model/dates';
import { statusesAt } from '../../../src/model/status';
import type { MapMode } from '../../../src/data/types';
import { CountryTable } from '../../../src/map/CountryTable';

const ATTENDANCE = new Map(MEETING_RECORDS.map((record) => [record.country, record]));

function renderTable({
  mode = 'status',
  day = '2025-12-22',
  selected = null,
  onSelect = vi.fn(),
}: {
  mode?: MapMode;
  day?: Day;
  selected?: CountryCode | null;
  onSelect?: (code: CountryCode) => void;
} = {}) {
  const props = {
    countries: COUNTRIES,
    statuses: statusesAt(STATUS_CHANGES, day),
    attendance: ATTENDANCE,
    mode,
    day,
    onSelect,
  };
  const view = render(<CountryTable {...props} selected={selected} />);
  const rerender = (next: CountryCode | null) =>
    view.rerender(<CountryTable {...props} selected={next} />);
  return { onSelect, rerender };
}

/** The data cells of a country's row (after its header), found through the row's link. */
function rowOf(name: string) {
  const row = screen.getByRole('link', { name }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe('CountryTable', () => {
  it('is a table captioned with the date', () => {
    renderTable({ day: '2009-08-18' });
    expect(
      screen.getByRole('table', { name: 'Status of the 15 post-Soviet states on 18 Aug 2009' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Country',
      'Status',
      'Since',
    ]);
  });

  it('lists the 15 states by name, alphabetically, each a link to its page', () => {
    renderTable();
    const names = screen.getAllByRole('rowheader').map((th) => th.textContent);
    expect(names).toHaveLength(15);
    expect(names).toEqual([...names].sort((a, b) => a!.localeCompare(b!)));
    for (const country of COUNTRIES) {
      expect(screen.getByRole('link', { name: country.name })).toHaveAttribute(
        'href',
        `./country/${country.code.toLowerCase()}/`,
      );
    }
  });

  it("calls onSelect('GE') when the Georgia link is clicked, instead of following it", async () => {
    const user = userEvent.setup();
    const { onSelect } = renderTable();
    const link = screen.getByRole('link', { name: 'Georgia' });
    let followed = true;
    // On the document, so it runs after React's handler (delegated to the root).
    document.addEventListener('click', (event) => (followed = !event.defaultPrevented), {
      once: true,
    });
    await user.click(link);
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('GE');
    expect(followed).toBe(false);
  });

  it('leaves a click with a modifier key to the browser (a new tab or window)', () => {
    const { onSelect } = renderTable();
    const link = screen.getByRole('link', { name: 'Georgia' });
    let followed = false;
    // On the document, so it runs after React's handler (delegated to the root).
    document.addEventListener('click', (event) => (followed = !event.defaultPrevented), {
      once: true,
    });
    fireEvent.click(link, { ctrlKey: true });
    expect(onSelect).not.toHaveBeenCalled();
    expect(followed).toBe(true);
  });

  it('selects by keyboard too', async () => {
    const user = userEvent.setup();
    const { onSelect } = renderTable();
    screen.getByRole('link', { name: 'Ukraine' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('UA');
  });

  it('marks the selected state aria-current, following `selected`', () => {
    const current = () =>
      screen
        .getAllByRole('link')
        .filter((link) => link.getAttribute('aria-current') === 'true')
        .map((link) => link.textContent);
    const { rerender } = renderTable({ selected: 'GE' });
    expect(current()).toEqual(['Georgia']);
    rerender('UA');
    expect(current()).toEqual(['Ukraine']);
    rerender(null);
    expect(current()).toEqual([]);
  });

  it.each([
    ['2025-12-22', 'Georgia', ['Withdrawn', '18 Aug 2009']],
    ['2009-08-17', 'Georgia', ['Member state', '19 Apr 1994']],
    ['2025-12-22', 'Turkmenistan', ['Associate member', '26 Aug 2005 (sources differ)']],
    ['2022-06-01', 'Moldova', ['Member, not taking part', '2022']],
    ['2022-06-01', 'Ukraine', ['Out of all CIS bodies', '19 May 2018 (sources differ)']],
    ['1991-12-08', 'Kazakhstan', ['Not yet joined', '—']],
  ])('on %s shows %s as %j', (day, name, cells) => {
    renderTable({ day });
    expect(rowOf(name)).toEqual(cells);
  });

  it('shows attendance and leaders in meeting mode', () => {
    renderTable({ mode: 'meeting' });
    expect(
      screen.getByRole('table', {
        name: 'The 15 post-Soviet states at the meeting of 22 Dec 2025',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Country',
      'At the meeting',
      'Leader',
    ]);
    for (const code of ['RU', 'AZ', 'KZ'] as const) {
      const record = ATTENDANCE.get(code)!;
      const name = EN.m.countries[code];
      expect(rowOf(name)).toEqual([
        record.attendance === 'attended' ? 'Attended' : 'Absent',
        `${EN.m.people[record.leader!].name}, ${EN.m.people[record.leader!].title}`,
      ]);
    }
    expect(rowOf('Russia')[1]).toMatch(/^Vladimir Putin, /);
    expect(rowOf('Moldova')).toEqual(['Not represented', '—']);
    expect(rowOf('Estonia')).toEqual(['Not a participant', '—']);
  });
});
