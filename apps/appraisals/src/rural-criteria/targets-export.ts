import ExcelJS from 'exceljs';
import type { LevelProgress } from '@kc/domain/rural-criteria';
import { csvDocument } from '@kc/platform';

const COLUMNS: { key: keyof LevelProgress; header: string; width: number }[] = [
  { key: 'level', header: 'Mức', width: 26 },
  { key: 'target', header: 'Chỉ tiêu', width: 10 },
  { key: 'registered', header: 'Đăng ký', width: 10 },
  { key: 'inAppraisal', header: 'Đang thẩm định', width: 16 },
  { key: 'passed', header: 'Đạt', width: 8 },
  { key: 'failed', header: 'Không đạt', width: 11 },
  { key: 'revoked', header: 'Thu hồi', width: 9 },
  { key: 'forecast', header: 'Dự báo', width: 9 },
  { key: 'gap', header: 'Còn thiếu', width: 11 },
];

/** The targets as CSV, through the one formula-guarded CSV writer of the platform. */
export function targetsCsv(levels: readonly LevelProgress[]): string {
  return csvDocument([COLUMNS.map((c) => c.header), ...levels.map((l) => COLUMNS.map((c) => l[c.key]))]);
}

export async function targetsWorkbook(year: number, levels: readonly LevelProgress[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Chỉ tiêu NTM ${year}`);
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const l of levels) sheet.addRow(l);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
