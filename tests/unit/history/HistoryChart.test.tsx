import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import { HistoryChart } from '../../../src/history/HistoryChart';
import { historyRows } from '../../../src/history/historySegments';
import { HistorySection } from '../../../src/history/HistorySection';
import { EN } from '../../../src/i18n/en';
import { LocaleContext } from '../../../src/i18n/useLocale';
import { loadAllParts } from '../../../src/ui/deferredParts';

const ROWS = historyRows(
  STATUS_CHANGES,
  (code) => EN.m.countries[code],
  (status) => EN.m.statuses[status].label,
  EN.m.countryOrder,
);

function renderChart() {
  const onSelect = vi.fn();
  render(
    <LocaleContext.Provider value={EN}>
      <HistoryChart rows={ROWS} onSelect={onSelect} />
    </LocaleContext.Provider>,
  );
  return onSelect;
}

const rows = () => within(screen.getByRole('list', { name: 'Status of each state over time' }));
const segment = (name: string | RegExp) => screen.getByRole('button', { name });

// Each test renders 15 rows and queries them by accessible name: slow in jsdom on a busy machine.
describe('HistoryChart', { timeout: 20_000 }, () => {
  it('has one row per state, members first and those that never joined last', () => {
    renderChart();
    const names = rows()
      .getAllByRole('listitem')
      .map((row) => row.firstChild?.textContent);
    expect(names).toEqual([
      'Armenia',
      'Azerbaijan',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
      'Tajikistan',
      'Uzbekistan',
      'Turkmenistan',
      'Moldova',
      'Ukraine',
      'Georgia',
      'Estonia',
      'Latvia',
      'Lithuania',
    ]);
  });

  it.each([
    // From one change to the next, at their own precision, flagged when single-sourced, or when
    // the sources differ on something that changes the conclusion (C3); the other differences
    // (C6, C8, C9) are in the tip and the details.
    'Georgia: Member state, 19 Apr 1994 – 18 Aug 2009 (single source)',
    'Georgia: Withdrawn, 18 Aug 2009 – 22 Dec 2025',
    'Georgia: Party to the 1991 treaty, Dec 1993 – 19 Apr 1994',
    'Moldova: Member state, 27 Jun 1994 – 2022',
    'Moldova: Member, not taking part, 2022 – 22 Dec 2025',
    'Ukraine: Out of all CIS bodies, 19 May 2018 – 22 Dec 2025 (sources differ)',
    'Turkmenistan: Associate member, 26 Aug 2005 – 22 Dec 2025 (sources differ)',
    // Before a state's first record, it had not yet joined.
    'Armenia: Not yet joined, 8–21 Dec 1991',
    'Estonia: Never joined, 8 Dec 1991 – 22 Dec 2025',
  ])('names the segment “%s”', (name) => {
    renderChart();
    expect(segment(name)).toBeInTheDocument();
  });

  it('selects the state and the start of a clicked segment; a row name selects the state only', async () => {
    const onSelect = renderChart();
    const user = userEvent.setup();
    await user.click(segment(/^Georgia: Withdrawn/));
    expect(onSelect).toHaveBeenLastCalledWith('GE', '2009-08-18');
    // Known only to the year: its first day.
    await user.click(segment(/^Moldova: Member, not taking part/));
    expect(onSelect).toHaveBeenLastCalledWith('MD', '2022-01-01');
    await user.click(rows().getByText('Ukraine'));
    expect(onSelect).toHaveBeenLastCalledWith('UA');
  });

  it('is one Tab stop; arrows, Home and End move within it and Enter selects', async () => {
    const onSelect = renderChart();
    const user = userEvent.setup();
    const stops = screen.getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');
    expect(stops).toHaveLength(1);

    await user.tab();
    expect(document.activeElement).toBe(segment(/^Armenia: Not yet joined/));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(segment(/^Armenia: Member state/));
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(segment(/^Armenia: Party to the 1991 treaty/));
    // Down to the next row, at the same point in time.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(segment(/^Azerbaijan: Signed, not yet ratified/));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(segment(/^Azerbaijan: Not yet joined/));
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('AZ', '1991-12-08');
    // Still one Tab stop, now where the reader left it.
    const after = screen.getAllByRole('button').filter((b) => b.getAttribute('tabindex') === '0');
    expect(after).toEqual([segment(/^Azerbaijan: Not yet joined/)]);
  });

  it('shows a segment’s status, dates and sources while it is pointed at or focused', async () => {
    renderChart();
    const user = userEvent.setup();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.hover(segment(/^Ukraine: Out of all CIS bodies/));
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Out of all CIS bodies');
    expect(tip).toHaveTextContent('19 May 2018 – 22 Dec 2025 (sources differ)');
    expect(tip).toHaveTextContent(/Sources: .*\[U5\]/);
    expect(segment(/^Ukraine: Out of all CIS bodies/)).toHaveAccessibleDescription(
      tip.textContent ?? '',
    );
    await user.unhover(segment(/^Ukraine: Out of all CIS bodies/));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });
});

describe('HistorySection', () => {
  // As in the prerender: the chart's code is in, so it renders at once.
  beforeAll(() => loadAllParts());

  it('is a region headed “Membership over time”, with its key and the chart', async () => {
    render(
      <LocaleContext.Provider value={EN}>
        <HistorySection day="2009-08-18" country="GE" timeControl={null} onSelect={() => {}} />
      </LocaleContext.Provider>,
    );
    const region = screen.getByRole('region', { name: 'Membership over time' });
    const key = within(region).getByRole('list', { name: 'Key' });
    expect(within(key).getByText('Withdrawn')).toBeInTheDocument();
    expect(within(key).getByText('Start date: sources differ')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: /^Georgia: Withdrawn/ })).toBeVisible();
  });
});
