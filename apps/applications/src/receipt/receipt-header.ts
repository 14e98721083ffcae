import { CONTENT_WIDTH, GREY, HEADER_LEFT_WIDTH, MARGIN } from './receipt-layout';

/** The form number, the Department and national mottos, and the place and date line. */
export function header(doc: PDFKit.PDFDocument, receivedAt: string): void {
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

/** The form's title, with its English gloss. */
export function title(doc: PDFKit.PDFDocument): void {
  doc.font('bold').fontSize(14).fillColor('black');
  doc.text('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', MARGIN, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.font('italic').fontSize(9).fillColor(GREY);
  doc.text('Dossier receipt and appointment for the result (Form 01)', { width: CONTENT_WIDTH, align: 'center' });
  doc.fillColor('black');
  doc.y += 16;
}
