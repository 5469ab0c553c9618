import { render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { STATUS_INFO } from '../../../src/data/statuses';
import { STATUSES } from '../../../src/data/types';
import { countByStatus, statusesAt } from '../../../src/model/status';
import { MapLegend } from '../../../src/map/MapLegend';
import type { LegendItem } from '../../../src/map/MapLegend';
import { STATUS_COLORS } from '../../../src/map/palette';

const counts = countByStatus(statusesAt(STATUS_CHANGES, '2025-12-22'));
const ITEMS: LegendItem[] = STATUSES.map((status) => ({
  key: status,
  label: STATUS_INFO[status].label,
  definition: STATUS_INFO[status].definition,
  color: STATUS_COLORS.light[status],
  count: counts[status],
}));

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
    ['Member, participation halted', '1 state'],
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
});
