import type { Receipt } from './receipt';
import { CONTENT_WIDTH, MARGIN } from './receipt-layout';

/** The framed box telling the applicant how to look the dossier up online. */
export function lookup(doc: PDFKit.PDFDocument, r: Receipt): void {
  const pad = 8;
  const width = CONTENT_WIDTH - 2 * pad;
  const heading = 'Tra cứu tình trạng hồ sơ trực tuyến';
  const body = [
    `Địa chỉ: ${r.publicLookupUrl}`,
    // The codes are not repeated here: the line breaker splits at hyphens and would cut a code in two.
    'Cách tra cứu: mở địa chỉ trên, nhập Mã hồ sơ và Mã tra cứu in ở đầu giấy này ' +
      'để xem tình trạng xử lý và ngày trả kết quả.',
    'Mã tra cứu chỉ in trên giấy này: vui lòng giữ kín, không cung cấp cho người khác.',
  ].join('\n');
  const headingHeight = doc.font('bold').fontSize(10.5).heightOfString(heading, { width });
  const bodyHeight = doc.font('regular').fontSize(10).heightOfString(body, { width });
  const top = doc.y;
  // Measured first so the frame is drawn behind the text at its final size.
  doc
    .rect(MARGIN, top, CONTENT_WIDTH, headingHeight + bodyHeight + 2 * pad + 4)
    .lineWidth(0.8)
    .stroke('#333333');
  doc
    .font('bold')
    .fontSize(10.5)
    .text(heading, MARGIN + pad, top + pad, { width });
  doc
    .font('regular')
    .fontSize(10)
    .text(body, MARGIN + pad, doc.y + 4, { width });
  doc.y = top + headingHeight + bodyHeight + 2 * pad + 4;
}
