/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's CSV-injection list): `=`, `+`, `-`,
 * `@`, tab and carriage return. Text starting with one of them is prefixed with `'`, which spreadsheets show
 * as text; numbers are written as they are (a negative amount is not an attack).
 */
const FORMULA_LEADING = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_LEADING.test(text) ? `'${text}` : text;
}

/** One CSV cell: formula-guarded, and quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = String(value);
  const safe = spreadsheetSafe(text);
  return /[",\n\r;\t]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file as Excel opens it with Vietnamese text intact: byte-order mark, CRLF line ends. */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
