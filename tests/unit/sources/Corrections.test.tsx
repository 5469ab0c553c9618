import { render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { EmbedCredit } from '../../../src/app/EmbedCredit';
import { initialSelection } from '../../../src/app/selection';
import { PageFooter } from '../../../src/app/PageFooter';
import { CORRECTIONS } from '../../../src/data/corrections';
import { LAST_UPDATED } from '../../../src/data/lastUpdated';
import { DEFAULT_OPTIONS } from '../../../src/options/defaults';
import { EN } from '../../../src/i18n/en';
import { correctionText } from '../../../src/i18n/recordWords';
import type { Messages } from '../../../src/i18n/messages';
import { Corrections } from '../../../src/sources/Corrections';
import { PageSources } from '../../../src/sources/PageSources';
import { SourcesOnPage } from '../../../src/sources/SourceLinks';

describe('Corrections', () => {
  it('is a region headed Corrections, one item per correction, each sourced, under its date', () => {
    render(<Corrections corrections={CORRECTIONS} />);
    const region = screen.getByRole('region', { name: 'Corrections' });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(CORRECTIONS.length);
    items.forEach((item, index) => {
      const correction = CORRECTIONS[index]!;
      expect(item).toHaveTextContent(correctionText(EN.m, correction.id));
      expect(within(item).getAllByRole('link')).toHaveLength(correction.sourceIds.length);
      const day = item.closest('ul')?.previousElementSibling;
      expect(day).toHaveTextContent(`Corrected on ${EN.date(correction.date, 'long')}:`);
      expect(day?.querySelector('time')).toHaveAttribute('datetime', correction.date);
    });
  });

  it('gives each day once, the corrections of that day under it', () => {
    const day = (date: string, id: string) => ({ id, date, sourceIds: ['S1'] });
    const words = { a: 'Fixed a.', b: 'Fixed b.', c: 'Fixed c.' };
    const locale = {
      ...EN,
      m: { ...EN.m, correctionTexts: words as unknown as Messages['correctionTexts'] },
    };
    render(
      <Corrections
        corrections={[day('2026-12-01', 'b'), day('2026-11-29', 'a'), day('2026-11-29', 'c')]}
      />,
      { locale },
    );
    const region = screen.getByRole('region', { name: 'Corrections' });
    expect(region).toHaveTextContent(
      /^Corrections\s*Corrected on 1 December 2026:\s*Fixed b\..*Corrected on 29 November 2026:\s*Fixed a\..*Fixed c\./,
    );
    expect(within(region).getAllByRole('list')).toHaveLength(2);
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
});

describe('Last updated', () => {
  it('is in the page footer, as a date', () => {
    render(<PageFooter selection={initialSelection(DEFAULT_OPTIONS)} options={DEFAULT_OPTIONS} />);
    const line = screen.getByText(/^Last updated/);
    expect(line).toHaveTextContent('Last updated 7 December 2026.');
    expect(within(line).getByText('7 December 2026')).toHaveAttribute('datetime', LAST_UPDATED);
  });

  it('is in the embed credit line', () => {
    render(<EmbedCredit selection={initialSelection(DEFAULT_OPTIONS)} options={DEFAULT_OPTIONS} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(/full map, timeline and sources ↗ Last updated 7 Dec 2026\./);
    expect(within(footer).getByText('7 Dec 2026')).toHaveAttribute('datetime', LAST_UPDATED);
  });
});
