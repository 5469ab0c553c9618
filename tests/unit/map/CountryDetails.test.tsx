import { EN } from '../../../src/i18n/en';
import { contestedWords } from '../../../src/i18n/recordWords';
import { render, screen, within } from '../render';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CONTESTED_POINTS } from '../../../src/data/contested';
import { COUNTRIES } from '../../../src/data/countries';
import { MEETING_RECORDS } from '../../../src/data/meeting';
import { SOURCES } from '../../../src/data/sources';
import { STATUS_CHANGES } from '../../../src/data/statusChanges';
import type { CountryCode } from '../../../src/data/types';
import type { Day } from '../../../src/model/dates';
import { historyOf, statusAt } from '../../../src/model/status';
import type { MapMode } from '../../../src/data/types';
import { CountryDetails } from '../../../src/map/CountryDetails';
import { SourcesOnPage } from '../../../src/sources/SourceLinks';

function renderDetails(code: CountryCode, day: Day, mode: MapMode = 'status', onClose = vi.fn()) {
  const country = COUNTRIES.find((c) => c.code === code)!;
  render(
    <CountryDetails
      country={country}
      day={day}
      current={statusAt(STATUS_CHANGES, code, day)}
      history={historyOf(STATUS_CHANGES, code)}
      mode={mode}
      meeting={MEETING_RECORDS.find((r) => r.country === code)}
      onClose={onClose}
    />,
  );
  return { onClose, region: screen.getByRole('region', { name: country.name }) };
}

describe('CountryDetails', () => {
  it('in the compact map embed, keeps the status in view and the history behind a disclosure', async () => {
    const country = COUNTRIES.find((c) => c.code === 'GE')!;
    render(
      <CountryDetails
        country={country}
        day="2025-12-22"
        current={statusAt(STATUS_CHANGES, 'GE', '2025-12-22')}
        history={historyOf(STATUS_CHANGES, 'GE')}
        mode="status"
        onClose={() => {}}
        compact
      />,
    );
    const region = screen.getByRole('region', { name: 'Georgia' });
    expect(region).toHaveTextContent('Withdrawn since 18 Aug 2009');
    expect(within(region).queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
    const history = within(region).getByRole('list');
    expect(history).not.toBeVisible();
    await userEvent.click(within(region).getByText('History'));
    expect(history).toBeVisible();
  });

  it('is a region named after the country', () => {
    const { region } = renderDetails('GE', '2010-01-01');
    expect(within(region).getByRole('heading', { name: 'Georgia' })).toBeInTheDocument();
  });

  it.each([
    ['GE', '2010-01-01', 'On 1 January 2010: Withdrawn since 18 Aug 2009.'],
    ['GE', '2009-08-17', 'On 17 August 2009: Member state since 19 Apr 1994.'],
    ['TM', '2005-08-26', 'On 26 August 2005: Associate member since 26 Aug 2005.'],
    [
      'MD',
      '2022-06-01',
      'On 1 June 2022: Member, not taking part since 2022 (exact date unknown).',
    ],
    ['MD', '2023-06-01', 'On 1 June 2023: Member, not taking part since 2022.'],
  ] as const)('gives the status of %s on %s', (code, day, text) => {
    const { region } = renderDetails(code, day);
    expect(region).toHaveTextContent(text);
  });

  it('says when a state had no status yet', () => {
    const { region } = renderDetails('GE', '1991-12-08');
    expect(region).toHaveTextContent('On 8 December 1991: Not yet joined');
  });

  it('lists the dated history in order, marking the change in force', () => {
    const { region } = renderDetails('GE', '2000-01-01');
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    const dates = [
      ['8 Dec 1991', '1991-12-08'],
      ['Dec 1993', '1993-12'],
      ['19 Apr 1994', '1994-04-19'],
      ['18 Aug 2009', '2009-08-18'],
    ];
    expect(items).toHaveLength(dates.length);
    items.forEach((item, index) => {
      const [text, datetime] = dates[index]!;
      expect(within(item).getByText(text!)).toHaveAttribute('datetime', datetime);
    });
    expect(items[2]).toHaveAttribute('aria-current', 'step');
    expect(items.filter((item) => item.hasAttribute('aria-current'))).toHaveLength(1);
    expect(items[1]).toHaveTextContent('Party to the 1991 treaty');
    expect(items[1]).toHaveTextContent('(sources differ)');
  });

  it.each([
    ['RU', '1993-06-01', 'On 1 June 1993: Party to the 1991 treaty since 12 Dec 1991.'],
    ['AZ', '1993-12-14', 'On 14 December 1993: Party to the 1991 treaty since 24 Sep 1993.'],
  ] as const)(
    'before the Charter is in force, keeps %s’s earlier status on %s and says when it ratified',
    (code, day, status) => {
      const { region } = renderDetails(code, day);
      expect(region).toHaveTextContent(status);
      const ratified = code === 'RU' ? '15 Apr 1993' : '14 Dec 1993';
      // Said beside the status, not only in the history list.
      const paragraphs = within(region).getAllByRole('paragraph');
      expect(paragraphs.map((p) => p.textContent)).toContain(
        `Ratified the Charter on ${ratified}; in force from 22 Jan 1994.`,
      );
    },
  );

  it('makes Russia a member state from 22 Jan 1994, its history giving both dates', () => {
    const { region } = renderDetails('RU', '1994-02-01');
    expect(region).toHaveTextContent('On 1 February 1994: Member state since 22 Jan 1994.');
    const items = within(within(region).getByRole('list')).getAllByRole('listitem');
    const member = items.at(-1)!;
    expect(member).toHaveAttribute('aria-current', 'step');
    expect(member).toHaveTextContent(
      /^22 Jan 1994 Member state\. Ratified the Charter on 15 Apr 1993; in force from 22 Jan 1994\./,
    );
    expect(within(member).getByText('15 Apr 1993')).toHaveAttribute('datetime', '1993-04-15');
  });

  it('says nothing of a pending ratification once, or where, the Charter is in force', () => {
    const { region } = renderDetails('AM', '1994-03-01');
    expect(region).not.toHaveTextContent('Ratified the Charter on');
    const russia = renderDetails('RU', '1994-02-01').region;
    const paragraphs = within(russia).getAllByRole('paragraph');
    expect(paragraphs.some((p) => p.textContent?.startsWith('Ratified'))).toBe(false);
  });

  it('without a sources list (an embed), links each source to its entry on the sources page, in a new tab', () => {
    const { region } = renderDetails('GE', '2010-01-01');
    const withdrawal = within(within(region).getByRole('list')).getAllByRole('listitem')[3]!;
    const links = within(withdrawal).getAllByRole('link');
    const cited = STATUS_CHANGES.find((c) => c.country === 'GE' && c.status === 'withdrawn')!;
    expect(links).toHaveLength(cited.sourceIds.length);
    cited.sourceIds.forEach((id, index) => {
      const source = SOURCES.find((s) => s.id === id)!;
      expect(links[index]).toHaveAccessibleName(`${source.publisher} [${id}]`);
      expect(links[index]).toHaveAttribute('href', `./sources/#source-${id}`);
      expect(links[index]).toHaveAttribute('target', '_blank');
      expect(links[index]).toHaveAttribute('rel', expect.stringContaining('noopener'));
    });
  });

  it('links sources to the sources page’s entry, in the same tab, when the page shows a list of its own', () => {
    const country = COUNTRIES.find((c) => c.code === 'GE')!;
    render(
      <SourcesOnPage.Provider value={true}>
        <CountryDetails
          country={country}
          day="2010-01-01"
          current={statusAt(STATUS_CHANGES, 'GE', '2010-01-01')}
          history={historyOf(STATUS_CHANGES, 'GE')}
          mode="status"
          onClose={() => {}}
        />
      </SourcesOnPage.Provider>,
    );
    const link = screen.getAllByRole('link', { name: /\[H10\]/ })[0]!;
    expect(link).toHaveAttribute('href', './sources/#source-H10');
    expect(link).not.toHaveAttribute('target');
  });

  it('shows the contested point behind a contested status, with its sources', () => {
    const { region } = renderDetails('MD', '2023-06-01');
    const point = CONTESTED_POINTS.find((p) => p.id === 'C9')!;
    const words = contestedWords(EN.m, point.id);
    const note = within(region).getByText(`Sources differ — ${words.title}.`).closest('p')!;
    expect(note).toHaveTextContent(words.detail);
    expect(within(note).getAllByRole('link')).toHaveLength(point.sourceIds.length);
  });

  it('shows no contested note for a confirmed status', () => {
    const { region } = renderDetails('GE', '2010-01-01');
    expect(within(region).queryByText(/^Sources differ —/)).toBeNull();
  });

  it('shows the meeting facts in meeting mode only', () => {
    renderDetails('AZ', '2025-12-22', 'meeting');
    expect(screen.getByRole('region', { name: 'Azerbaijan' })).toHaveTextContent(
      /22 Dec 2025 meeting: Absent — Ilham Aliyev, President/,
    );
  });

  it('leaves the meeting facts out in status mode', () => {
    const { region } = renderDetails('AZ', '2025-12-22', 'status');
    expect(region).not.toHaveTextContent('22 Dec 2025 meeting');
  });

  it('gives the capital with its sources', () => {
    const { region } = renderDetails('KZ', '2025-12-22');
    expect(region).toHaveTextContent('Capital: Astana.');
    expect(within(region).getByRole('link', { name: /\[G1\]/ })).toBeInTheDocument();
  });

  it('calls back when the close button is pressed', async () => {
    const user = userEvent.setup();
    const { onClose } = renderDetails('GE', '2010-01-01');
    await user.click(screen.getByRole('button', { name: 'Close details for Georgia' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
