import { IdParam, httpError } from '@kc/platform';
import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentUser, type AuthUser } from '@kc/auth';
import type { OcopCertificateSummary, OcopResult } from '@kc/contracts';
import { ocopEvaluationPackById } from '@kc/domain';
import { EvaluationsRepository } from '../evaluation/evaluations.repository';
import { ProductsRepository } from '../registration/products.repository';
import { toLevelResultView } from './result-view';

/** The result of an evaluation round with its explanation, for those who may read the product. */
@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(
    private readonly evaluations: EvaluationsRepository,
    private readonly dataSource: DataSource,
    private readonly products: ProductsRepository,
  ) {}

  @Get('evaluations/:id/result')
  @Authenticated()
  @ApiOperation({ summary: 'Kết quả và giải thích / result with explanation (per part, mandatory, next star)' })
  async result(@CurrentUser() user: AuthUser, @Param('id', IdParam) id: string): Promise<OcopResult> {
    const row = await this.evaluations.find(id);
    // The product's readers read its results (an applicant their own; a conflicted member nothing).
    if (!(await this.products.visible(user, row.product_id)))
      throw httpError(404, 'Không tìm thấy lượt đánh giá.', 'Evaluation not found.');
    const pack = ocopEvaluationPackById(row.pack_id);
    const [certificate]: (OcopCertificateSummary | undefined)[] = await this.dataSource.query(
      `SELECT number, stars, issued_by AS "issuedBy", to_char(issue_date, 'YYYY-MM-DD') AS "issueDate",
         to_char(expiry_date, 'YYYY-MM-DD') AS "expiryDate", status FROM ocop.certificates WHERE evaluation_id = $1`,
      [row.id],
    );
    const councils = await this.evaluations.councils(row.id);
    return {
      evaluationId: row.id,
      productId: row.product_id,
      productName: row.product_name,
      subjectName: row.subject_name,
      round: row.round,
      packId: row.pack_id,
      legalBasis: pack.legalBasis,
      stage: row.stage,
      stars: row.stars,
      recognisedBy: row.recognised_by,
      communeReport: row.commune_report,
      levels: councils.map((c) => toLevelResultView(c, pack.partWeights)),
      certificate: certificate ?? null,
      abandonment: row.abandonment,
    };
  }
}
