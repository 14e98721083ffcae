import PDFDocument from 'pdfkit';
import { formatVnd } from '@kc/domain';
import { collect } from './pdf-buffer';
import type { Receipt } from './receipt';
import { formatIsoDate, formatReceivedAt } from './receipt-format';
import { header, title } from './receipt-header';
import { CONTENT_WIDTH, FONTS, GREY, MARGIN, type FontName } from './receipt-layout';
import { lookup } from './receipt-lookup-box';
import { documents, row } from './receipt-rows';
import { signatures } from './receipt-signatures';

/** Renders Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", as an A4 PDF. */
export async function renderReceiptPdf(receipt: Receipt): Promise<Buffer> {
  // Format first: a malformed receipt rejects before any PDF work starts.
  const receivedAt = formatReceivedAt(receipt.receivedAt);
  const expected = formatIsoDate(receipt.expectedResultDate);
  const amount = formatVnd(receipt.proposedSupportVnd);
  const createdAt = new Date(receipt.receivedAt);

  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: MARGIN, right: MARGIN },
    lang: 'vi-VN',
    // Dated from the receipt, not the clock, so two renders of one receipt compare equal in metadata.
    info: {
      Title: `Giấy tiếp nhận hồ sơ ${receipt.dossierCode}`,
      Author: 'Sở Công Thương tỉnh Đồng Nai',
      Subject: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01)',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  for (const [name, file] of Object.entries(FONTS)) {
    doc.registerFont(name, require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  }
  const done = collect(doc);

  header(doc, receivedAt);
  title(doc);
  const rows: [string, string, FontName?][] = [
    ['Mã hồ sơ:', receipt.dossierCode, 'bold'],
    ['Mã tra cứu:', receipt.lookupSecret, 'mono'],
    ['Người nộp hồ sơ:', receipt.applicantName],
    ['Chương trình:', `${receipt.programNameVi} (mã ${receipt.programCode})`],
    ['Đơn vị tiếp nhận:', receipt.localUnitName],
    ['Thời điểm tiếp nhận:', receivedAt],
    ['Ngày hẹn trả kết quả:', expected, 'bold'],
    ['Số tiền hỗ trợ đề xuất:', amount, 'bold'],
  ];
  for (const [label, value, font] of rows) row(doc, label, value, font);
  documents(doc, receipt.documents);
  lookup(doc, receipt);
  doc
    .font('italic')
    .fontSize(8)
    .fillColor(GREY)
    .text(`Bộ quy tắc áp dụng: ${receipt.rulePackId}`, MARGIN, doc.y + 6, { width: CONTENT_WIDTH });
  signatures(doc);

  doc.end();
  return done;
}
