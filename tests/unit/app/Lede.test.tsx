import { describe, expect, it } from 'vitest';
import { Lede } from '../../../src/app/Lede';
import { RU } from '../../../src/i18n/ru';
import { render, screen, within } from '../render';

describe('Lede', () => {
  it('says who was in the CIS on the meeting day in one sentence that agrees with the key', () => {
    render(<Lede />);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent(
      'On 22 December 2025, nine states were members under its Charter: eight taking part, and Moldova, which halted its participation in 2022; Turkmenistan was an associate member.',
    );
  });

  it('cites sources after every sentence of the summary and every point', () => {
    render(<Lede />);
    const paragraph = screen.getByText(/is the association that former Soviet republics/);
    // What the CIS is, who was in it, the meeting: three sentences, three citations.
    expect(paragraph.querySelectorAll('.source-links')).toHaveLength(3);
    const points = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(points.length).toBeGreaterThanOrEqual(3);
    for (const point of points)
      expect(within(point).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('names the states that stopped taking part, from the records', () => {
    render(<Lede />);
    expect(screen.getByRole('heading', { name: 'Why it matters' })).toBeInTheDocument();
    expect(
      screen.getByText(
        /Georgia left in 2009, Ukraine stopped taking part in 2018 and Moldova halted its participation in 2022\./,
      ),
    ).toBeInTheDocument();
  });

  it('counts in Russian too', () => {
    render(<Lede />, { locale: RU });
    expect(screen.getByRole('region', { name: 'Коротко' })).toHaveTextContent(
      /членами СНГ по его Уставу были девять государств: восемь участвовали в его работе/,
    );
  });
});
