import { describe, expect, it } from 'vitest';
import { render } from '../render';
import { COUNTRY_CODES } from '../../../src/data/types';
import { EN } from '../../../src/i18n/en';
import { RU } from '../../../src/i18n/ru';
import { Template } from '../../../src/i18n/Template';

describe('the English locale', () => {
  it.each([
    ['2025-12-22', 'short', '22 Dec 2025'],
    ['2025-12-22', 'long', '22 December 2025'],
    ['1991-12-08', 'short', '8 Dec 1991'],
    ['1993-12', 'short', 'Dec 1993'],
    ['1993-12', 'long', 'December 1993'],
    ['1993-09', 'short', 'Sep 1993'],
    ['2005-08', 'long', 'August 2005'],
    ['2022', 'short', '2022'],
    ['2022', 'long', '2022'],
  ] as const)('prints %s (%s) as %j, at its own precision', (date, style, expected) => {
    expect(EN.date(date, style)).toBe(expected);
  });

  it('uses the short style by default', () => {
    expect(EN.date('2009-08-18')).toBe('18 Aug 2009');
  });

  it.each([
    ['1991-12-25', '1991-12-26', '25–26 Dec 1991'],
    ['2009-04-19', '2009-08-18', '19 Apr – 18 Aug 2009'],
    ['1994-04-19', '2009-08-18', '19 Apr 1994 – 18 Aug 2009'],
    ['1993-12', '1994-04-19', 'Dec 1993 – 19 Apr 1994'],
    ['1993-10', '1993-12-24', 'Oct 1993 – 24 Dec 1993'],
    ['2022', '2025-12-22', '2022 – 22 Dec 2025'],
    ['2025-12-22', '2025-12-22', '22 Dec 2025'],
  ] as const)('writes the range %s to %s as %j, shared words once', (from, to, expected) => {
    expect(EN.range(from, to)).toBe(expected);
  });

  it('spells out both months of a range in the long style', () => {
    expect(EN.range('2009-04-19', '2009-08-18', 'long')).toBe('19 April – 18 August 2009');
  });

  it.each(['2023-13', '2023-02-30', '93'])('refuses %j instead of printing nonsense', (date) => {
    expect(() => EN.date(date)).toThrow(RangeError);
  });

  it('uses the plural rules for counts', () => {
    expect(EN.m.legend.count(1)).toBe('1 state');
    expect(EN.m.legend.count(0)).toBe('0 states');
    expect(EN.m.legend.count(8)).toBe('8 states');
    expect(EN.m.meeting.attended(1)).toBe('1 leader attended');
  });

  it('joins lists and orders names as English does', () => {
    expect(EN.list(['Armenia', 'Belarus', 'Kazakhstan'])).toBe('Armenia, Belarus and Kazakhstan');
    expect(['Uzbekistan', 'armenia', 'Belarus'].sort(EN.compare)).toEqual([
      'armenia',
      'Belarus',
      'Uzbekistan',
    ]);
  });
});

describe('Template', () => {
  it('puts elements where the sentence names them, in the sentence’s order', () => {
    const { container } = render(
      <Template text="{b} after {a}." slots={{ a: <em>first</em>, b: <strong>second</strong> }} />,
    );
    expect(container.innerHTML).toBe('<strong>second</strong> after <em>first</em>.');
  });

  it('leaves an unknown placeholder visible rather than dropping words', () => {
    const { container } = render(<Template text="Hello {who}" slots={{}} />);
    expect(container.textContent).toBe('Hello {who}');
  });
});

describe('the catalogue’s country order', () => {
  it('is the 15 states in the language’s alphabetical order (Intl.Collator)', () => {
    const byName = [...COUNTRY_CODES].sort((a, b) =>
      new Intl.Collator(EN.tag).compare(EN.m.countries[a], EN.m.countries[b]),
    );
    expect(EN.m.countryOrder).toEqual(byName);
  });
});

describe('lists joined from the catalogue', () => {
  const NAMES = ['Армения', 'Belarus', 'Kazakhstan', 'Moldova', 'Russia'];
  it.each([
    ['en', EN],
    ['ru', RU],
  ] as const)('join as Intl.ListFormat does in %s, for none to five items', (_, locale) => {
    const intl = new Intl.ListFormat(locale.tag, { type: 'conjunction' });
    for (let count = 0; count <= NAMES.length; count += 1) {
      const items = NAMES.slice(0, count);
      expect(locale.list(items)).toBe(intl.format(items));
    }
  });
});
