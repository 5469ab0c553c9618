import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/downloads/csv';
import { parseCsv } from '../../fixtures/parseCsv';
import type { Cell } from '../../../src/downloads/csv';
import { seededRandom } from '../../fixtures/random';

describe('toCsv', () => {
  it('writes a header row and one CRLF-terminated row per record', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 'x', b: 1 },
          { a: 'y', b: 2.5 },
        ],
      ),
    ).toBe('a,b\r\nx,1\r\ny,2.5\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['id', 'name'], [])).toBe('id,name\r\n');
  });

  it('keeps the column order given, not the order of the record’s keys', () => {
    expect(toCsv(['b', 'a'], [{ a: '1', b: '2' }])).toBe('b,a\r\n2,1\r\n');
  });

  it('writes null and missing cells as empty fields', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, b: 'x' }])).toBe('a,b,c\r\n,x,\r\n');
  });

  it('quotes a field with a comma', () => {
    expect(toCsv(['a'], [{ a: 'Minsk, Belarus' }])).toBe('a\r\n"Minsk, Belarus"\r\n');
  });

  it('quotes a field with a double quote and doubles the quote', () => {
    expect(toCsv(['a'], [{ a: 'the "first 10 months"' }])).toBe(
      'a\r\n"the ""first 10 months"""\r\n',
    );
    expect(toCsv(['a'], [{ a: '"' }])).toBe('a\r\n""""\r\n');
  });

  it('quotes fields with a line feed, a carriage return or both', () => {
    expect(toCsv(['a'], [{ a: 'one\ntwo' }])).toBe('a\r\n"one\ntwo"\r\n');
    expect(toCsv(['a'], [{ a: 'one\rtwo' }])).toBe('a\r\n"one\rtwo"\r\n');
    expect(toCsv(['a'], [{ a: 'one\r\ntwo' }])).toBe('a\r\n"one\r\ntwo"\r\n');
  });

  it('leaves plain text, unicode and curly quotes unquoted', () => {
    expect(toCsv(['a', 'b'], [{ a: 'Санкт-Петербург', b: 'St George’s Hall “x”' }])).toBe(
      'a,b\r\nСанкт-Петербург,St George’s Hall “x”\r\n',
    );
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+7 495', "'+7 495"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x.test","click")', `"'=HYPERLINK(""http://x.test"",""click"")"`],
    ['-1,5', `"'-1,5"`],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('defuses the formula %j as %j', (value, written) => {
    expect(toCsv(['a'], [{ a: value }])).toBe(`a\r\n${written}\r\n`);
  });

  it('defuses a formula in a column name too', () => {
    expect(toCsv(['=cmd'], [])).toBe("'=cmd\r\n");
  });

  it('does not touch =, +, - or @ inside a value, or negative numbers', () => {
    expect(toCsv(['a', 'b'], [{ a: 'a=b, c+d', b: -3 }])).toBe('a,b\r\n"a=b, c+d",-3\r\n');
    expect(toCsv(['a'], [{ a: 'x@y.test' }])).toBe('a\r\nx@y.test\r\n');
  });

  it('writes numbers as numbers', () => {
    expect(toCsv(['n'], [{ n: 0 }, { n: 1e21 }, { n: 0.1 }])).toBe('n\r\n0\r\n1e+21\r\n0.1\r\n');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and LF rows', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n1,\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', ''],
    ]);
  });

  it('reads a last row without a line break', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads line breaks inside quotes as part of the field', () => {
    expect(parseCsv('"a\r\nb","c\nd"\r\n')).toEqual([['a\r\nb', 'c\nd']]);
  });
});

const PIECES = [
  'a',
  'Z',
  '0',
  ' ',
  ',',
  '"',
  '""',
  "'",
  '\r',
  '\n',
  '\r\n',
  '\t',
  ';',
  '=',
  '+',
  '-',
  '@',
  'é',
  'Ё',
  'Тбилиси',
  '“',
  '”',
  '’',
  '—',
  '€',
  '中文',
  '😀',
  '👩‍👩‍👧',
  '\u00a0',
  '\u200b',
];

function randomCell(random: () => number): Cell {
  const kind = random();
  if (kind < 0.1) return null;
  if (kind < 0.25) return Math.round((random() - 0.5) * 1e6) / (random() < 0.5 ? 1 : 100);
  const length = Math.floor(random() * 12);
  let text = '';
  for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** What a cell reads as after a round trip: the text, with a defused formula's apostrophe. */
function expected(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

describe('parseCsv(toCsv(rows)) round trip', () => {
  it.each([1, 2, 3, 42, 2025, 0xc15])(
    'seed %i: 200 random rows come back cell for cell',
    (seed) => {
      const random = seededRandom(seed);
      const columns = ['id', 'text', 'other', 'number'];
      const rows = Array.from({ length: 200 }, (_, i) => ({
        id: `row-${i}`,
        text: randomCell(random),
        other: randomCell(random),
        number: randomCell(random),
      }));
      const parsed = parseCsv(toCsv(columns, rows));
      expect(parsed[0]).toEqual(columns);
      expect(parsed).toHaveLength(rows.length + 1);
      rows.forEach((row, i) => {
        expect(parsed[i + 1], `seed ${seed}, row ${i}`).toEqual(
          columns.map((column) => expected(row[column as keyof typeof row])),
        );
      });
    },
  );

  it('round-trips the awkward cases one by one', () => {
    const awkward = ['', ' ', ',', '"', '""', '\r', '\n', '\r\n', 'a\r\n\r\nb', '"a",b', '😀,"x"'];
    for (const value of awkward) {
      const parsed = parseCsv(toCsv(['a', 'b'], [{ a: value, b: 'end' }]));
      expect(parsed, JSON.stringify(value)).toEqual([
        ['a', 'b'],
        [expected(value), 'end'],
      ]);
    }
  });
});
