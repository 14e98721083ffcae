import PDFDocument from 'pdfkit';
import { ruralLevelNames, ruralStageNames, templateById } from '@kc/domain/rural-criteria';
import type { AppraisalRow } from './rural-appraisals.repository';

const MARGIN = 56;
const WIDTH = 595.28 - 2 * MARGIN;

const verdictVi = (v: string | undefined) => (v === 'DAT' ? 'Đạt' : v === 'KHONG_DAT' ? 'Không đạt' : '—');

/**
 * The Department's written conclusion on criteria 4 and 7, to the provincial new-rural coordination
 * office: per indicator the system's proposal, the appraiser's verdict and any override's reason, and
 * the thresholds still unverified. DejaVu Sans as in the applications receipt (PDFKit's own fonts drop
 * Vietnamese letters).
 */
export async function renderConclusionPdf(row: AppraisalRow): Promise<Buffer> {
  const template = templateById(row.templateId);
  const concludedAt = row.concludedAt ? new Date(row.concludedAt) : new Date(0);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 48, left: MARGIN, right: MARGIN },
    lang: 'vi-VN',
    info: {
      Title: `Kết luận thẩm định tiêu chí 4 và 7 – ${row.communeName} ${row.targetYear}`,
      Author: 'Sở Công Thương tỉnh Đồng Nai',
      CreationDate: concludedAt,
      ModDate: concludedAt,
    },
  });
  doc.registerFont('regular', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('bold', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  doc.font('bold').fontSize(11).text('SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI', { width: WIDTH });
  doc
    .font('regular')
    .fontSize(10)
    .text(`Số: ${row.conclusionNumber ?? '…'}`);
  doc.moveDown();
  doc.font('bold').fontSize(13).text('KẾT LUẬN THẨM ĐỊNH', { align: 'center' });
  doc
    .font('regular')
    .fontSize(11)
    .text('Tiêu chí số 4 (Điện) và số 7 (Cơ sở hạ tầng thương mại nông thôn)', { align: 'center' });
  doc.moveDown();
  doc.text('Kính gửi: Văn phòng Điều phối nông thôn mới tỉnh Đồng Nai.');
  const area = row.areaName ? `, khu dân cư ${row.areaName}` : '';
  doc.text(
    `Đơn vị: ${row.communeName}${area} – mức ${ruralLevelNames[row.level].vi}, năm ${row.targetYear} (lần ${row.round}).`,
  );
  doc.text(`Căn cứ: ${template.legalBasis}.`);
  doc.moveDown();
  for (const indicator of template.indicators) {
    const d = row.decisions[indicator.code];
    doc.font('bold').text(`${indicator.code}. ${indicator.nameVi}`);
    doc.font('regular').text(`Hệ thống đề xuất: ${verdictVi(d?.proposal)}; kết luận: ${verdictVi(d?.verdict)}.`);
    if (d?.overridden) doc.text(`Lý do khác đề xuất: ${d.reason}`);
    if (!indicator.verification.verified)
      doc.fontSize(9).text(`(Ngưỡng chưa xác minh – đối chiếu: ${indicator.verification.check})`).fontSize(11);
    doc.moveDown(0.5);
  }
  doc.moveDown();
  doc.font('bold').text(`Kết luận: ${verdictVi(row.outcome ?? undefined)} (${ruralStageNames[row.stage].vi}).`);
  doc.end();
  return done;
}
