import ExcelJS from 'exceljs';
import { guardCell, toCsv, toXlsx } from './table-export';

describe('table export', () => {
  it('defuses text a spreadsheet would run as a formula, leaving numbers alone', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r'])
      expect(guardCell(`${lead}HYPERLINK("x")`)).toBe(`'${lead}HYPERLINK("x")`);
    expect(guardCell(-12.5)).toBe(-12.5);
    expect(guardCell('Xuân Lộc')).toBe('Xuân Lộc');
  });

  it('writes CSV with a BOM, quoted commas and guarded cells', () => {
    const csv = toCsv([{ unit: '=cmd|calc', name: 'Hợp tác xã, Xuân Lộc', rate: 87.5 }]).toString('utf8');
    expect(csv).toBe('\uFEFFunit,name,rate\r\n\'=cmd|calc,"Hợp tác xã, Xuân Lộc",87.5\r\n');
  });

  it('writes an Excel sheet whose cells read back guarded', async () => {
    const file = await toXlsx([{ unit: '@SUM(A1)', rate: 90 }], 'Tỉ lệ đúng hạn');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Tỉ lệ đúng hạn')!;
    expect(sheet.getRow(2).values).toEqual([undefined, "'@SUM(A1)", 90]);
  });
});
