import type { Receipt } from './receipt';
import { CONTENT_WIDTH, GREY, LABEL_WIDTH, MARGIN, type FontName } from './receipt-layout';

/** One labelled line of the receipt: the label in bold, the value beside it. */
export function row(doc: PDFKit.PDFDocument, label: string, value: string, font: FontName = 'regular'): void {
  const y = doc.y;
  doc.font('bold').fontSize(10.5).fillColor('black').text(label, MARGIN, y, { width: LABEL_WIDTH });
  const labelBottom = doc.y;
  doc.font(font).text(value, MARGIN + LABEL_WIDTH, y, { width: CONTENT_WIDTH - LABEL_WIDTH });
  doc.y = Math.max(labelBottom, doc.y) + 5;
}

/** The list of documents received, numbered, with each one's file name. */
export function documents(doc: PDFKit.PDFDocument, docs: Receipt['documents']): void {
  doc
    .font('bold')
    .fontSize(10.5)
    .text(`Thành phần hồ sơ đã nhận (${docs.length}):`, MARGIN, doc.y + 4);
  docs.forEach((d, i) => {
    doc.font('regular').fontSize(10.5).fillColor('black');
    doc.text(`${i + 1}. ${d.nameVi}`, MARGIN + 14, doc.y + 2, { width: CONTENT_WIDTH - 14, continued: true });
    doc.font('italic').fontSize(9).fillColor(GREY).text(`  (tệp: ${d.fileName})`);
  });
  doc.fillColor('black');
  doc.y += 10;
}
