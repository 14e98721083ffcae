import ExcelJS from 'exceljs';
import { csvDocument } from '@kc/platform';
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

/** UTF-8 with a byte-order mark, so Excel opens the Vietnamese text correctly; formulas neutralised. */
export function rankingCsv(items: readonly RankingItem[]): string {
  return csvDocument([COLUMNS.map((c) => c.header), ...items.map((item) => COLUMNS.map((c) => item[c.key]))]);
}

export async function rankingWorkbook(items: readonly RankingItem[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Xếp hạng OCOP');
  sheet.columns = COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const item of items) sheet.addRow(item);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
