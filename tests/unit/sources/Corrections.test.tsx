import { render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { EmbedCredit } from '../../../src/app/EmbedCredit';
import { initialSelection } from '../../../src/app/selection';
import { PageFooter } from '../../../src/app/PageFooter';
import { CORRECTIONS } from '../../../src/data/corrections';
import { LAST_UPDATED } from '../../../src/data/lastUpdated';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { EN } from '../../../src/i18n/en';
import { correctionText } from '../../../src/i18n/correctionWords';
import { Corrections } from '../../../src/sources/Corrections';
import { PageSources } from '../../../src/sources/PageSources';
import { SourcesOnPage } from '../../../src/sources/SourceLinks';

describe('Corrections', () => {
  it('is a region headed Corrections, one line per correction, each dated and sourced', () => {
    render(<Corrections corrections={CORRECTIONS} />);
    const region = screen.getByRole('region', { name: 'Corrections' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(CORRECTIONS.length);
    items.forEach((item, index) => {
      const correction = CORRECTIONS[index]!;
      expect(item).toHaveTextContent(correctionText('en', correction.id));
      expect(within(item).getAllByRole('link')).toHaveLength(correction.sourceIds.length);
      expect(item).toHaveTextContent(new RegExp(`^${EN.date(correction.date)}: `));
      expect(item.querySelector('time')).toHaveAttribute('datetime', correction.date);
    });
  });

  it('lists the corrections in one list, in the log’s order, each line with its own date', () => {
    const day = (date: string, id: string) => ({ id, date, sourceIds: ['S1'] });
    const words = { a: 'Fixed a.', b: 'Fixed b.', c: 'Fixed c.' };
    render(
      <Corrections
        corrections={[day('2026-12-01', 'b'), day('2026-11-29', 'a'), day('2026-11-29', 'c')]}
        texts={words}
      />,
    );
    const region = screen.getByRole('region', { name: 'Corrections' });
    expect(region).toHaveTextContent(
      /^Corrections\s*1 Dec 2026: Fixed b\..*29 Nov 2026: Fixed a\..*29 Nov 2026: Fixed c\./,
    );
    expect(within(region).getAllByRole('list')).toHaveLength(1);
  });

  it('reads the UN correction in plain words', () => {
    render(<Corrections corrections={CORRECTIONS} />);
    expect(screen.getByRole('region', { name: 'Corrections' })).toHaveTextContent(
      'The UN observer date was given as 30 March 1994; it is 24 March 1994',
    );
  });

  it('shows nothing when there is nothing to correct', () => {
    const { container } = render(<Corrections corrections={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('follows the sources list, whose list includes the sources the corrections cite', () => {
    render(
      <SourcesOnPage.Provider value={true}>
        <PageSources />
      </SourcesOnPage.Provider>,
    );
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Sources', 'Corrections']);
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByText(/SG\/SM\/5987/)).toBeInTheDocument();
  });

  it('stays on the full page: an embed’s sources list has no corrections log', () => {
    render(<PageSources embed />);
    expect(screen.queryByRole('region', { name: 'Corrections' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sources' })).toBeInTheDocument();
  });
});

describe('The period and the last check', () => {
  it('are in the page footer, as dates, and never as “today”', () => {
    render(<PageFooter selection={initialSelection(DEFAULT_OPTIONS)} options={DEFAULT_OPTIONS} />);
    const line = screen.getByText(/^This page covers/);
    expect(line).toHaveTextContent(
      'This page covers 8 December 1991 to the leaders’ meeting of 22 December 2025. Facts last checked 7 December 2026.',
    );
    expect(within(line).getByText('7 December 2026')).toHaveAttribute('datetime', LAST_UPDATED);
    expect(within(line).getByText('22 December 2025')).toHaveAttribute('datetime', '2025-12-22');
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent(/today|last updated/i);
  });

  it('are in the embed credit line, compactly, beside a link to the corrections', () => {
    render(<EmbedCredit selection={initialSelection(DEFAULT_OPTIONS)} options={DEFAULT_OPTIONS} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(
      /The CIS explained ↗ 8 Dec 1991 – 22 Dec 2025, checked 7 Dec 2026\./,
    );
    expect(within(footer).getByText('7 Dec 2026')).toHaveAttribute('datetime', LAST_UPDATED);
    expect(within(footer).getByRole('link', { name: 'Corrections' })).toHaveAttribute(
      'href',
      './sources/#corrections-title',
    );
  });
});
