import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { PublicCertificate } from '@kc/contracts';
import { vietnamDate } from '@kc/domain';
import { httpError } from '@kc/platform';
import { OcopUnits } from '../shared/ocop-units';

/**
 * Anyone (a buyer, a market inspector) checks a certificate by its number, without signing in: product,
 * holder, stars and validity; nothing about scores or council members.
 */
@ApiTags('public lookup')
@Controller('public/certificates')
export class PublicCertificatesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: OcopUnits,
  ) {}

  @Get(':number')
  @ApiOperation({ summary: 'Tra cứu giấy chứng nhận OCOP theo số / public certificate lookup by number' })
  async lookup(@Param('number') number: string): Promise<PublicCertificate> {
    const notFound = httpError(404, 'Không tìm thấy giấy chứng nhận số này.', 'No certificate with this number.');
    if (!/^OCOP-DN-\d{4}-\d{6}$/.test(number)) throw notFound;
    const [c] = await this.dataSource.query(
      `SELECT c.number, c.stars, c.issued_by, to_char(c.issue_date, 'YYYY-MM-DD') AS issue_date,
         to_char(c.expiry_date, 'YYYY-MM-DD') AS expiry_date, c.status, p.name AS product_name, p.group_code,
         p.unit_code, s.name AS subject_name,
         (SELECT r.number FROM ocop.certificates r
           WHERE r.evaluation_id = c.evaluation_id AND r.number <> c.number AND r.status <> 'REPLACED') AS replaced_by
       FROM ocop.certificates c JOIN ocop.products p ON p.id = c.product_id JOIN ocop.subjects s ON s.id = p.subject_id
       WHERE c.number = $1`,
      [number],
    );
    if (!c) throw notFound;
    const replaced = c.status === 'REPLACED';
    const validToday = !replaced && c.status !== 'EXPIRED' && vietnamDate(new Date()) <= c.expiry_date;
    return {
      number: c.number,
      productName: c.product_name,
      subjectName: c.subject_name,
      groupCode: c.group_code,
      unit: { code: c.unit_code, name: this.units.name(c.unit_code) },
      stars: c.stars,
      issuedBy: c.issued_by,
      issueDate: c.issue_date,
      expiryDate: c.expiry_date,
      valid: validToday,
      statusVi: replaced
        ? `Đã được thay thế bằng giấy chứng nhận số ${c.replaced_by}`
        : validToday
          ? 'Còn hiệu lực'
          : 'Hết hiệu lực',
      statusEn: replaced ? `Replaced by certificate ${c.replaced_by}` : validToday ? 'Valid' : 'Expired',
      replacedBy: c.replaced_by ?? null,
    };
  }
}
