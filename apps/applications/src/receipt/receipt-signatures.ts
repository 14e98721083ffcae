import { CONTENT_WIDTH, MARGIN } from './receipt-layout';

/** The two signature blocks: the applicant's and the receiving officer's. */
export function signatures(doc: PDFKit.PDFDocument): void {
  const top = doc.y + 22;
  const half = CONTENT_WIDTH / 2;
  for (const [i, who] of ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN'].entries()) {
    const x = MARGIN + i * half;
    doc.font('bold').fontSize(10.5).fillColor('black').text(who, x, top, { width: half, align: 'center' });
    doc.font('italic').fontSize(9).text('(Ký, ghi rõ họ tên)', { width: half, align: 'center' });
  }
}
