import ExcelJS from 'exceljs';
import type { RankingItem } from './rankings.repository';

/** Column titles in Vietnamese, as the Department publishes its lists; the keys stay English. */
const COLUMNS: { key: keyof RankingItem; header: string; width: number }[] = [
  { key: 'certificateNumber', header: 'Số giấy chứng nhận', width: 22 },
  { key: 'productName', header: 'Tên sản phẩm', width: 36 },
  { key: 'subjectName', header: 'Chủ thể', width: 36 },
  { key: 'groupCode', header: 'Nhóm', width: 12 },
  { key: 'subgroupCode', header: 'Phân nhóm', width: 14 },
  { key: 'unitCode', header: 'Đơn vị', width: 16 },
  { key: 'stars', header: 'Hạng sao', width: 10 },
  { key: 'averageTotal', header: 'Điểm trung bình', width: 16 },
  { key: 'issuedBy', header: 'Cấp công nhận', width: 14 },
  { key: 'issueDate', header: 'Ngày cấp', width: 12 },
  { key: 'expiryDate', header: 'Ngày hết hạn', width: 12 },
  { key: 'status', header: 'Trạng thái', width: 12 },
];

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote everything that could break a row, and neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 with a byte-order mark, so Excel opens the Vietnamese text correctly. */
export function rankingCsv(items: readonly RankingItem[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const item of items) lines.push(COLUMNS.map((c) => csvCell(item[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function rankingWorkbook(items: readonly RankingItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Xếp hạng OCOP');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) sheet.addRow(item);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
