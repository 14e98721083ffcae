import type { EntityManager } from 'typeorm';
import type { RuralStage, TemplateEvaluation } from '@kc/domain/rural-criteria';

/**
 * What the rural step activity keeps current in `appraisals.rural_appraisals`, in the step's transaction
 * `m` (RuralAppraisalsRepository, the table's owner, is one).
 */
export class RuralAppraisalWrites {
  async setStage(m: EntityManager, id: string, stage: RuralStage, round: number, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_appraisals SET stage = $2, round = $3, updated_at = $4 WHERE appraisal_id = $1`,
      [id, stage, round, at],
    );
  }

  /** A newly submitted self-assessment clears the decisions taken on the last one. */
  async submitEvaluation(m: EntityManager, id: string, evaluation: TemplateEvaluation, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_appraisals SET submitted_evaluation = $2, decisions = '{}', updated_at = $3 WHERE appraisal_id = $1`,
      [id, JSON.stringify(evaluation), at],
    );
  }

  async decideIndicator(m: EntityManager, id: string, code: string, decision: object, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_appraisals SET decisions = decisions || jsonb_build_object($2::text, $3::jsonb), updated_at = $4
        WHERE appraisal_id = $1`,
      [id, code, JSON.stringify(decision), at],
    );
  }

  async conclude(m: EntityManager, id: string, outcome: string, conclusionNumber: string, at: Date): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_appraisals SET outcome = $2, conclusion_number = $3, concluded_at = $4, updated_at = $4
        WHERE appraisal_id = $1`,
      [id, outcome, conclusionNumber, at],
    );
  }
}
