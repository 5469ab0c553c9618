/**
 * Citations name each publisher as a reader knows it, in the page's language: «Кремль [S2]» on the
 * Russian page, "Kremlin [S2]" on the English one, in the links and in the sources list.
 */
import { render, screen, within } from '../render';
import { describe, expect, it } from 'vitest';
import { PUBLISHERS } from '../../../src/data/publishers';
import { EN } from '../../../src/i18n/en';
import { PUBLISHERS_RU } from '../../../src/i18n/ru/publishers';
import { SOURCES } from '../../../src/data/sources';
import { RU } from '../../../src/i18n/ru';
import { SourceLinks } from '../../../src/sources/SourceLinks';
import { SourceList } from '../../../src/sources/SourceList';

describe('publisher names', () => {
  it('are Russian on the Russian page where the publisher has a Russian name', () => {
    render(<SourceLinks ids={['S2', 'S13', 'M1', 'R4', 'S12']} />, { locale: RU });
    for (const name of [
      'Кремль [S2]',
      'ТАСС [S13]',
      'Интерфакс [M1]',
      'Коммерсантъ [R4]',
      'RT [S12]',
    ])
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Kremlin/ })).toBeNull();
  });

  it('are English on the English page', () => {
    render(<SourceLinks ids={['S2', 'S13']} />);
    expect(screen.getByRole('link', { name: 'Kremlin [S2]' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'TASS [S13]' })).toBeInTheDocument();
  });

  it('name a source cited by two facts together once, in the order first cited', () => {
    render(<SourceLinks ids={['S3', 'S5', 'S2', 'S3']} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Anadolu via aNews [S3]',
      'News.az (citing AZERTAC) [S5]',
      'Kremlin [S2]',
    ]);
  });

  it('head each entry of the Russian sources list', () => {
    const kremlin = SOURCES.filter((s) => s.id === 'H2');
    render(<SourceList sources={kremlin} />, { locale: RU });
    const entry = within(screen.getByRole('list')).getByRole('listitem');
    expect(entry).toHaveTextContent(/Кремль/);
    expect(entry).not.toHaveTextContent(/Kremlin\./);
  });

  it('name only sources that exist, and fall back to the English name', () => {
    expect(Object.keys(PUBLISHERS_RU).filter((id) => !(id in PUBLISHERS))).toEqual([]);
    expect(RU.m.publisherName('S6')).toBe('The Moscow Times');
    expect(EN.m.publisherName('S2')).toBe('Kremlin');
    expect(RU.m.publisherName('S2')).toBe('Кремль');
  });
});
