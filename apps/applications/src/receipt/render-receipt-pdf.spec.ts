import { execFileSync } from 'node:child_process';
import type { Receipt } from './receipt';
import { renderReceiptPdf } from './render-receipt-pdf';

const receipt: Receipt = {
  dossierCode: 'KC-2026-000123',
  lookupSecret: 'X7QF-93KD-PL2M',
  applicantName: 'Hợp tác xã Chế biến Hạt điều Xuân Lộc',
  programNameVi: 'Ứng dụng máy móc thiết bị tiên tiến, chuyển giao công nghệ',
  programCode: 'KC-UDTB',
  localUnitName: 'Xã Xuân Lộc',
  // 23:30 UTC is already the next day in Vietnam (UTC+7): the receipt must show Vietnam time.
  receivedAt: '2026-03-14T23:30:00Z',
  expectedResultDate: '2026-04-09',
  documents: [
    { nameVi: 'Đơn đề nghị hỗ trợ kinh phí khuyến công', fileName: 'don-de-nghi.pdf' },
    { nameVi: 'Đề án ứng dụng máy móc thiết bị tiên tiến vào sản xuất', fileName: 'de-an.pdf' },
  ],
  proposedSupportVnd: 1_500_000_000,
  rulePackId: 'dong-nai-2025-07-commune',
  publicLookupUrl: 'https://dichvucong.dongnai.gov.vn/khuyen-cong/tra-cuu',
};

// pdf-parse (pdf.js) loads its worker with a dynamic import(), which Jest's CommonJS sandbox refuses,
// so the extraction runs in a plain Node child process. The PDF goes in on stdin, JSON comes out.
const EXTRACT = `
const { PDFParse } = require(process.argv[1]);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const { text, total } = await parser.getText();
  const created = (await parser.getInfo()).getDateNode().CreationDate;
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text, pages: total, created }));
});`;

interface Extracted {
  /** NFC, with line wraps folded to single spaces */
  text: string;
  pages: number;
  created: string;
}

function extract(pdf: Buffer): Extracted {
  const out = execFileSync(process.execPath, ['-e', EXTRACT, require.resolve('pdf-parse')], { input: pdf });
  const parsed = JSON.parse(out.toString('utf8')) as Extracted;
  return { ...parsed, text: parsed.text.normalize('NFC').replace(/\s+/g, ' ') };
}

describe('renderReceiptPdf', () => {
  let pdf: Buffer;
  let text: string;
  let pages: number;
  let created: string;

  beforeAll(async () => {
    pdf = await renderReceiptPdf(receipt);
    ({ text, pages, created } = extract(pdf));
  });

  it('produces a one-page PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBe(1);
  });

  it('keeps Vietnamese diacritics intact (an embedded font, not WinAnsi Helvetica)', () => {
    for (const s of [
      receipt.applicantName,
      receipt.programNameVi,
      receipt.localUnitName,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mẫu số 01',
      'Đơn đề nghị hỗ trợ kinh phí khuyến công',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('prints the codes, the lookup address, Vietnam-time dates and the amount in đồng', () => {
    expect(text).toContain(receipt.dossierCode);
    expect(text).toContain(receipt.lookupSecret);
    expect(text).toContain(receipt.publicLookupUrl);
    expect(text).toContain('15/03/2026 06:30');
    expect(text).toContain('09/04/2026');
    expect(text).toContain('1.500.000.000 ₫');
    expect(text).toContain('de-an.pdf');
  });

  it('dates the document from the receipt, not the clock', () => {
    expect(created).toBe('2026-03-14T23:30:00.000Z');
  });

  it('rejects a receipt whose dates are not ISO', async () => {
    await expect(renderReceiptPdf({ ...receipt, expectedResultDate: '09/04/2026' })).rejects.toThrow(RangeError);
    await expect(renderReceiptPdf({ ...receipt, receivedAt: 'yesterday' })).rejects.toThrow(RangeError);
  });
});
