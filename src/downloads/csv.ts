/** A cell value as the exports hold it. */
export type Cell = string | number | null;

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; CRLF rows.
 * A leading =, +, -, @, tab or carriage return is prefixed with an apostrophe so spreadsheets do not run it as a formula.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, Cell>>[],
): string {
  const line = (cells: readonly Cell[]) => cells.map(csvField).join(',');
  return (
    [line(columns), ...rows.map((row) => line(columns.map((c) => row[c] ?? null)))].join('\r\n') +
    '\r\n'
  );
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
