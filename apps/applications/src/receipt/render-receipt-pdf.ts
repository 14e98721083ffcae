import PDFDocument from 'pdfkit';
import { formatVnd } from '@kc/domain';
import type { Receipt } from './receipt';
import { formatIsoDate, formatReceivedAt } from './receipt-format';

const MARGIN = 56;
const PAGE_WIDTH = 595.28; // A4 in points
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const HEADER_LEFT_WIDTH = 190;
const LABEL_WIDTH = 150;
const GREY = '#555555';

// PDFKit's standard 14 fonts are WinAnsi-only and drop Vietnamese letters, so a TrueType font is embedded.
// DejaVu Sans (not Serif) because it is the DejaVu face that also has the đồng sign ₫.
// Resolved at call time through the package so it works from sources and from dist/ alike.
const FONTS = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  mono: 'DejaVuSansMono-Bold.ttf',
} as const;
type FontName = keyof typeof FONTS;

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

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function header(doc: PDFKit.PDFDocument, receivedAt: string): void {
  const top = doc.page.margins.top;
  const rightX = MARGIN + HEADER_LEFT_WIDTH;
  const rightWidth = CONTENT_WIDTH - HEADER_LEFT_WIDTH;
  doc
    .font('italic')
    .fontSize(8.5)
    .fillColor(GREY)
    .text('Mẫu số 01', MARGIN, top - 16, {
      width: CONTENT_WIDTH,
      align: 'right',
    });

  doc.fillColor('black').font('bold').fontSize(10);
  // Broken by hand: a natural wrap would leave the province's last word alone on the second line.
  doc.text('SỞ CÔNG THƯƠNG\nTỈNH ĐỒNG NAI', MARGIN, top, { width: HEADER_LEFT_WIDTH, align: 'center' });
  underline(doc, MARGIN + HEADER_LEFT_WIDTH / 2, doc.y + 2, 60);
  const leftBottom = doc.y;

  doc.fontSize(9.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  doc.fontSize(10).text('Độc lập - Tự do - Hạnh phúc', { width: rightWidth, align: 'center' });
  underline(doc, rightX + rightWidth / 2, doc.y + 2, doc.widthOfString('Độc lập - Tự do - Hạnh phúc'));

  const [day, month, year] = receivedAt.slice(0, 10).split('/');
  doc.font('italic').fontSize(9.5);
  doc.text(`Đồng Nai, ngày ${day} tháng ${month} năm ${year}`, rightX, doc.y + 10, {
    width: rightWidth,
    align: 'center',
  });
  doc.y = Math.max(leftBottom, doc.y) + 20;
}

function underline(doc: PDFKit.PDFDocument, centerX: number, y: number, width: number): void {
  doc
    .moveTo(centerX - width / 2, y)
    .lineTo(centerX + width / 2, y)
    .lineWidth(0.6)
    .stroke('black');
}

function title(doc: PDFKit.PDFDocument): void {
  doc.font('bold').fontSize(14).fillColor('black');
  doc.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.font('italic').fontSize(9).fillColor(GREY);
  doc.text('Dossier receipt and appointment for the result (Form 01)', { width: CONTENT_WIDTH, align: 'center' });
  doc.fillColor('black');
  doc.y += 16;
}

function row(doc: PDFKit.PDFDocument, label: string, value: string, font: FontName = 'regular'): void {
  const y = doc.y;
  doc.font('bold').fontSize(10.5).fillColor('black').text(label, MARGIN, y, { width: LABEL_WIDTH });
  const labelBottom = doc.y;
  doc.font(font).text(value, MARGIN + LABEL_WIDTH, y, { width: CONTENT_WIDTH - LABEL_WIDTH });
  doc.y = Math.max(labelBottom, doc.y) + 5;
}

function documents(doc: PDFKit.PDFDocument, docs: Receipt['documents']): void {
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

function lookup(doc: PDFKit.PDFDocument, r: Receipt): void {
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

function signatures(doc: PDFKit.PDFDocument): void {
  const top = doc.y + 22;
  const half = CONTENT_WIDTH / 2;
  for (const [i, who] of ['NGƯỜI NỘP HỒ SƠ', 'NGƯỜI TIẾP NHẬN'].entries()) {
    const x = MARGIN + i * half;
    doc.font('bold').fontSize(10.5).fillColor('black').text(who, x, top, { width: half, align: 'center' });
    doc.font('italic').fontSize(9).text('(Ký, ghi rõ họ tên)', { width: half, align: 'center' });
  }
}
