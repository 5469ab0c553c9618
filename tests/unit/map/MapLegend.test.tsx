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

  it('lists one item per status, in table order, each with its label, count and definition', () => {
    render(<MapLegend title="Status on 22 Dec 2025" items={ITEMS} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(STATUSES.length);
    ITEMS.forEach((item, index) => {
      const row = rows[index]!;
      expect(row).toHaveTextContent(item.label);
      expect(row).toHaveTextContent(item.definition);
      const count = `${item.count} ${item.count === 1 ? 'state' : 'states'}`;
      expect(within(row).getByText(count)).toBeInTheDocument();
    });
  });

  it.each([
    ['Member state', '8 states'],
    ['Member, not taking part', '1 state'],
    ['Associate member', '1 state'],
    ['Withdrawn', '1 state'],
    ['Never joined', '3 states'],
    ['Observer', '0 states'],
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
