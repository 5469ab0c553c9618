import { fireEvent, render, screen, within } from '../render';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MEETING_RECORDS } from '../../../src/data/meeting';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { ATTENDANCE, STATUSES } from '../../../src/data/types';
import type { CountryCode, MeetingRecord } from '../../../src/data/types';
import { statusesAt } from '../../../src/model/status';
import { legendItems } from '../../../src/map/colour/legendItems';
import { MapLegend } from '../../../src/map/MapLegend';
import { EN } from '../../../src/i18n/en';

const STATUSES_AT_MEETING = statusesAt(STATUS_CHANGES, '2025-12-22');
const ATTENDANCE_BY_COUNTRY: ReadonlyMap<CountryCode, MeetingRecord> = new Map(
  MEETING_RECORDS.map((record) => [record.country, record]),
);
const ITEMS = legendItems('status', STATUSES_AT_MEETING, ATTENDANCE_BY_COUNTRY, EN.m);

describe('legendItems', () => {
  it('has one item per status in status mode, one per attendance in meeting mode', () => {
    expect(ITEMS.map((item) => item.key)).toEqual([...STATUSES]);
    const meeting = legendItems('meeting', STATUSES_AT_MEETING, ATTENDANCE_BY_COUNTRY, EN.m);
    expect(meeting.map((item) => item.key)).toEqual([...ATTENDANCE]);
  });

  it('counts each of the 15 states once, in either mode', () => {
    for (const mode of ['status', 'meeting'] as const) {
      const items = legendItems(mode, STATUSES_AT_MEETING, ATTENDANCE_BY_COUNTRY, EN.m);
      expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(15);
    }
  });

  it('counts a state without a meeting record as not a participant', () => {
    const kazakhstanOnly = new Map([...ATTENDANCE_BY_COUNTRY].filter(([code]) => code === 'KZ'));
    const counts = Object.fromEntries(
      legendItems('meeting', STATUSES_AT_MEETING, kazakhstanOnly, EN.m).map((item) => [
        item.key,
        item.count,
      ]),
    );
    expect(counts).toEqual({
      attended: 1,
      absent: 0,
      'not-represented': 0,
      'not-participant': 14,
    });
  });
});

describe('MapLegend', () => {
  it('is a region named by its title', () => {
    render(<MapLegend title="Status on 22 Dec 2025" items={ITEMS} />);
    expect(screen.getByRole('region', { name: 'Status on 22 Dec 2025' })).toBeInTheDocument();
  });

  /** The key's entries (with a count) and the fold's lines (statuses no state has that day). */
  const parts = (container: HTMLElement) => {
    const fold = container.querySelector('details.legend-absent');
    const entries = [...container.querySelectorAll('.legend > ul > li')];
    const folded = [...(fold?.querySelectorAll('li') ?? [])];
    return { fold, entries, folded };
  };

  it('lists the statuses some state has on the day, in table order, with label, count and definition', () => {
    const { container } = render(<MapLegend title="Status on 22 Dec 2025" items={ITEMS} />);
    const present = ITEMS.filter((item) => item.count > 0);
    const { entries } = parts(container);
    expect(entries).toHaveLength(present.length);
    present.forEach((item, index) => {
      const row = entries[index] as HTMLElement;
      expect(row).toHaveTextContent(item.label);
      expect(row).toHaveTextContent(item.definition);
      const count = `${item.count} ${item.count === 1 ? 'state' : 'states'}`;
      expect(within(row).getByText(count)).toBeInTheDocument();
    });
  });

  it.each([
    ['1991-12-08', ['signatory', 'not-yet-joined', 'never-joined']],
    ['1993-06-01', ['founding-party', 'signatory', 'observer', 'not-yet-joined', 'never-joined']],
    [
      '2025-12-22',
      ['member', 'member-halted', 'associate', 'ceased-participation', 'withdrawn', 'never-joined'],
    ],
  ])('on %s shows only %j as entries and folds the rest, still discoverable', (day, present) => {
    const items = legendItems(
      'status',
      statusesAt(STATUS_CHANGES, day),
      ATTENDANCE_BY_COUNTRY,
      EN.m,
    );
    const { container } = render(<MapLegend title="Status" items={items} />);
    const { fold, entries, folded } = parts(container);
    const keyOf = (li: Element) =>
      items.find((item) => item.label === li.querySelector('.legend-label')?.textContent)?.key;
    expect(entries.map(keyOf)).toEqual(present);
    const rest = STATUSES.filter((status) => !present.includes(status));
    expect(folded.map(keyOf)).toEqual(rest);
    // Closed by default, one line saying how many; no count of zero anywhere.
    expect(fold).not.toHaveAttribute('open');
    expect(fold?.querySelector('summary')).toHaveTextContent(
      `Not on this date: ${rest.length} more statuses`,
    );
    expect(container).not.toHaveTextContent('0 states');
    for (const li of folded) {
      const item = items.find((i) => i.key === keyOf(li))!;
      expect(li).toHaveTextContent(item.definition);
    }
  });

  it('has no fold when every entry has a state (the meeting key)', () => {
    const meeting = legendItems('meeting', STATUSES_AT_MEETING, ATTENDANCE_BY_COUNTRY, EN.m);
    const { container } = render(<MapLegend title="At the meeting" items={meeting} />);
    expect(parts(container).fold).toBeNull();
    expect(parts(container).entries).toHaveLength(ATTENDANCE.length);
  });

  it.each([
    ['Member state', '8 states'],
    ['Member, not taking part', '1 state'],
    ['Associate member', '1 state'],
    ['Withdrawn', '1 state'],
    ['Never joined', '3 states'],
  ])('shows %s with %s on the day of the meeting', (label, count) => {
    render(<MapLegend title="Status" items={ITEMS} />);
    const row = screen.getAllByRole('listitem').find((li) => within(li).queryByText(label));
    expect(row).toBeDefined();
    expect(within(row!).getByText(count)).toBeInTheDocument();
  });

  it('keeps the swatches out of the accessibility tree, so colour is never the only channel', () => {
    render(<MapLegend title="Status" items={ITEMS} />);
    expect(screen.queryAllByRole('img')).toEqual([]);
    for (const row of screen.getAllByRole('listitem')) expect(row.textContent?.trim()).not.toBe('');
  });

  it('picks an entry pointed at, focused or tapped, and says how many states it has', () => {
    const picks: (string | null)[] = [];
    function Picking() {
      const [preview, setPreview] = useState<string | null>(null);
      const [pinned, setPinned] = useState<string | null>(null);
      picks.push(preview ?? pinned);
      return (
        <MapLegend
          title="Status"
          items={ITEMS}
          pick={{ picked: preview ?? pinned, pinned, onPreview: setPreview, onPin: setPinned }}
        />
      );
    }
    render(<Picking />);
    const never = screen.getByRole('button', { name: /^Never joined/ });
    fireEvent.pointerEnter(never);
    expect(screen.getByRole('status')).toHaveTextContent('Never joined: 3 states shown on the map');
    fireEvent.pointerLeave(never);
    expect(screen.getByRole('status')).toHaveTextContent('');
    const withdrawn = screen.getByRole('button', { name: /^Withdrawn/ });
    fireEvent.focus(withdrawn);
    expect(screen.getByRole('status')).toHaveTextContent('Withdrawn: 1 state shown on the map');
    fireEvent.blur(withdrawn);
    fireEvent.click(withdrawn);
    expect(withdrawn).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Withdrawn: 1 state shown on the map');
    fireEvent.click(withdrawn);
    expect(withdrawn).toHaveAttribute('aria-pressed', 'false');
    expect(picks.at(-1)).toBeNull();
  });
});
