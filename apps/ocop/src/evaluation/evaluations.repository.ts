import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OcopAbandonmentEntry } from '@kc/contracts';
import { httpError, isUuid } from '@kc/platform';

export interface EvaluationRow {
  id: string;
  product_id: string;
  round: number;
  workflow_id: string;
  pack_id: string;
  stage: string;
  stars: number | null;
  recognised_by: string | null;
  average_total: number | null;
  commune_report: unknown;
  abandonment: OcopAbandonmentEntry | null;
  subgroup_code: string;
  unit_code: string;
  owner_id: string | null;
  product_name: string;
  subject_name: string;
}

@Injectable()
export class EvaluationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string): Promise<EvaluationRow> {
    const [row]: EvaluationRow[] = isUuid(id)
      ? await this.dataSource.query(
          `SELECT e.id, e.product_id, e.round, e.workflow_id, e.pack_id, e.stage, e.stars, e.recognised_by, e.average_total,
             e.commune_report, e.abandonment, p.subgroup_code, p.unit_code, s.owner_id, p.name AS product_name, s.name AS subject_name
           FROM ocop.evaluations e JOIN ocop.products p ON p.id = e.product_id JOIN ocop.subjects s ON s.id = p.subject_id
           WHERE e.id = $1`,
          [id],
        )
      : [];
    if (!row) throw httpError(404, 'Không tìm thấy lượt đánh giá.', 'Evaluation not found.');
    return row;
  }

  async councils(evaluationId: string) {
    const rows: {
      id: string;
      level: string;
      quorum: number;
      template_id: string;
      status: string;
      opened_at: Date;
      closed_at: Date | null;
      result: unknown;
    }[] = await this.dataSource.query(
      `SELECT id, level, quorum, template_id, status, opened_at, closed_at, result FROM ocop.councils
       WHERE evaluation_id = $1 ORDER BY opened_at`,
      [evaluationId],
    );
    return rows;
  }

  /** The caller's seat on the evaluation's latest council, if any. */
  async seat(evaluationId: string, memberId: string) {
    const [row]: { council_id: string; level: string; status: string; conflict: boolean | null }[] =
      await this.dataSource.query(
        `SELECT c.id AS council_id, c.level, c.status, m.conflict FROM ocop.councils c
         JOIN ocop.council_members m ON m.council_id = c.id
         WHERE c.evaluation_id = $1 AND m.member_id = $2 ORDER BY c.opened_at DESC LIMIT 1`,
        [evaluationId, memberId],
      );
    return row;
  }
}
