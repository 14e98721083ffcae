import { csvCell, csvDocument } from './csv';

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises %j, which a spreadsheet would run',
    (text) => {
      expect(csvCell(text).startsWith(`"'`)).toBe(true);
    },
  );

  it('quotes separators and doubles quotes', () => {
    expect(csvCell('Trà "Đặc biệt", loại 1')).toBe('"Trà ""Đặc biệt"", loại 1"');
  });

  it('writes numbers, including negative ones, as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
  });

  it('writes a document with a byte-order mark and CRLF line ends', () => {
    expect(
      csvDocument([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
});
