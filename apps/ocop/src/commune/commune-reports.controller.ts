import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import { ocopPacks } from '@kc/domain';
import { pageOffset, pageQueryShape, validate } from '@kc/platform';

/** Packs whose rounds start with the commune's evaluation report (QĐ 1489): the only ones that wait for it. */
const PACKS_WITH_COMMUNE_REPORT = ocopPacks.filter((p) => p.levels.some((l) => l.role === 'REPORT')).map((p) => p.id);

const reportQuerySchema = z.strictObject({
  /** Appraisers may look at one commune; an officer always sees their own. */
  unitCode: z.string().min(2).max(40).optional(),
  ...pageQueryShape,
});

/**
 * A commune officer's work list under QĐ 1489: the rounds of their commune's products that wait for the
 * commune's evaluation report before the provincial council sits, oldest first.
 */
@ApiTags('commune')
@Controller('commune')
@Authenticated('LOCAL_OFFICER', 'DEPARTMENT_APPRAISER')
export class CommuneReportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('reports')
  @ApiOperation({ summary: 'Các sản phẩm chờ báo cáo đánh giá của UBND xã / rounds waiting for the commune report' })
  async waiting(
    @CurrentUser() user: AuthUser,
    @Query(validate(reportQuerySchema)) q: z.infer<typeof reportQuerySchema>,
  ) {
    const isAppraiser = user.roles.includes('DEPARTMENT_APPRAISER');
    if (!isAppraiser && !user.unitCode)
      throw new ForbiddenException({
        message: 'Tài khoản chưa gắn với xã nào.',
        messageEn: 'Your account has no commune.',
      });
    const unit = isAppraiser ? (q.unitCode ?? null) : user.unitCode;
    const where = `FROM ocop.evaluations e JOIN ocop.products p ON p.id = e.product_id JOIN ocop.subjects s ON s.id = p.subject_id
      WHERE e.pack_id = ANY ($1) AND e.commune_report IS NULL AND e.ended_at IS NULL AND e.stage = 'IN_PROGRESS'
        AND ($2::text IS NULL OR p.unit_code = $2)`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`, [
      PACKS_WITH_COMMUNE_REPORT,
      unit,
    ]);
    const items = await this.dataSource.query(
      `SELECT e.id AS "evaluationId", e.round, p.id AS "productId", p.name AS "productName", s.name AS "subjectName",
         p.group_code AS "groupCode", p.unit_code AS "unitCode", e.started_at AS "startedAt"
       ${where} ORDER BY e.started_at, e.id LIMIT $3 OFFSET $4`,
      [PACKS_WITH_COMMUNE_REPORT, unit, q.pageSize, pageOffset(q)],
    );
    return { items, total, page: q.page, pageSize: q.pageSize };
  }
}
