import ExcelJS from 'exceljs';
import { rankingCsv, rankingWorkbook } from './ranking-export';
import type { RankingItem } from './rankings.repository';

const item = (overrides: Partial<RankingItem> = {}): RankingItem => ({
  certificateNumber: 'OCOP-DN-2026-000001',
  productId: '0c0b0000-0000-4000-8000-000000000002',
  productName: 'Bánh tráng phơi sương',
  subjectName: 'Hợp tác xã Xuân Lộc',
  groupCode: 'FOOD',
  subgroupCode: 'FOOD-3b',
  unitCode: 'X-XUAN-LOC',
  stars: 4,
  averageTotal: 75.5,
  issuedBy: 'PROVINCE',
  issueDate: '2026-11-28',
  expiryDate: '2029-11-28',
  status: 'VALID',
  ...overrides,
});

describe('ranking exports', () => {
  it('writes CSV with a byte-order mark, Vietnamese headers and one line per product', () => {
    const csv = rankingCsv([item(), item({ certificateNumber: 'OCOP-DN-2026-000002', averageTotal: null })]);
    expect(csv.startsWith('\uFEFFSố giấy chứng nhận,Tên sản phẩm,Chủ thể,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      'OCOP-DN-2026-000001,Bánh tráng phơi sương,Hợp tác xã Xuân Lộc,FOOD,FOOD-3b,X-XUAN-LOC,4,75.5,PROVINCE,2026-11-28,2029-11-28,VALID',
    );
    expect(lines[2]).toContain(',4,,PROVINCE,');
  });

  it('quotes separators and neutralises text a spreadsheet would run as a formula', () => {
    const csv = rankingCsv([item({ productName: 'Trà "Đặc biệt", loại 1', subjectName: '=HYPERLINK("x")' })]);
    expect(csv).toContain('"Trà ""Đặc biệt"", loại 1"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const tabbed = rankingCsv([item({ productName: '\t=cmd|calc', subjectName: '\r@SUM(A1)' })]);
    expect(tabbed).toContain(`"'\t=cmd|calc"`);
    expect(tabbed).toContain(`"'\r@SUM(A1)"`);
  });

  it('writes an Excel sheet that reads back with the same rows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await rankingWorkbook([item()])) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Xếp hạng OCOP')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Số giấy chứng nhận');
    expect(sheet.getRow(2).getCell(2).value).toBe('Bánh tráng phơi sương');
    expect(sheet.getRow(2).getCell(7).value).toBe(4);
    expect(sheet.rowCount).toBe(2);
  });
});
