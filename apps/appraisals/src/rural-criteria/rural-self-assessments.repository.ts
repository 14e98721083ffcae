import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RuralSelfAssessment, TemplateEvaluation } from '@kc/domain/rural-criteria';

/** The one owner of `rural_self_assessments`: the commune's figures and what the template made of them. */
@Injectable()
export class RuralSelfAssessmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async save(id: string, figures: RuralSelfAssessment, evaluation: TemplateEvaluation, by: string) {
    await this.dataSource.query(
      `INSERT INTO appraisals.rural_self_assessments (appraisal_id, figures, evaluation, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (appraisal_id) DO UPDATE SET figures = EXCLUDED.figures, evaluation = EXCLUDED.evaluation,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [id, JSON.stringify(figures), JSON.stringify(evaluation), by],
    );
  }

  async get(id: string): Promise<{ figures: RuralSelfAssessment; evaluation: TemplateEvaluation } | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT figures, evaluation FROM appraisals.rural_self_assessments WHERE appraisal_id = $1`,
      [id],
    )) as { figures: RuralSelfAssessment; evaluation: TemplateEvaluation }[];
    return row;
  }
}
