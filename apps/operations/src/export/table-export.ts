import ExcelJS from 'exceljs';

export type Cell = string | number | boolean | Date | null | undefined;
/** A row of a table: any object (the contracts' row interfaces have no index signature). */
export type TableRow = object;

/** Leading characters a spreadsheet reads as a formula (CSV/formula injection, OWASP). */
const FORMULA_LEADS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A text cell a spreadsheet would run as a formula is prefixed with an apostrophe; numbers stay numbers. */
export function guardCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_LEADS.has(text.charAt(0)) ? `'${text}` : text;
}

const csvField = (value: Cell) => {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The columns of a table: those of its first row, unless named. */
const columnsOf = (rows: readonly TableRow[], columns?: string[]) => columns ?? Object.keys(rows[0] ?? {});
const cellOf = (row: TableRow, column: string) => (row as Record<string, unknown>)[column];

/** CSV with a UTF-8 byte-order mark, so Excel shows Vietnamese diacritics. */
export function toCsv(rows: readonly TableRow[], columns?: string[]): Buffer {
  const cols = columnsOf(rows, columns);
  const lines = [cols.map((c) => csvField(guardCell(c))).join(',')];
  for (const row of rows) lines.push(cols.map((c) => csvField(guardCell(cellOf(row, c)))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** One worksheet with a header row. */
export async function toXlsx(rows: readonly TableRow[], sheetName: string, columns?: string[]): Promise<Buffer> {
  const cols = columnsOf(rows, columns);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = cols.map((c) => ({ header: c, key: c, width: Math.max(12, c.length + 2) }));
  for (const row of rows) sheet.addRow(Object.fromEntries(cols.map((c) => [c, guardCell(cellOf(row, c))])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const exportFormats = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
} as const;
export type ExportFormat = keyof typeof exportFormats;

/** The file of a table in a format. */
export async function exportTable(rows: readonly TableRow[], name: string, format: ExportFormat): Promise<Buffer> {
  return format === 'csv' ? toCsv(rows) : toXlsx(rows, name);
}
