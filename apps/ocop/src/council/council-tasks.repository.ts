import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ocopEvaluationPackById, scoreTemplate } from '@kc/domain';
import { pageOffset } from '@kc/platform';
import type { CouncilTask, Page } from '@kc/contracts';

export interface TaskQuery {
  status?: 'OPEN' | 'CLOSED';
  page: number;
  pageSize: number;
}

interface TaskRow {
  evaluation_id: string;
  level: string;
  status: string;
  quorum: number;
  conflict: boolean | null;
  total: number | null;
  submitted_at: Date | null;
  product_id: string;
  product_name: string;
  group_code: string;
  subgroup_code: string;
  pack_id: string;
  subject_name: string;
  opened_at: Date;
}

/** A council member's seats (one task per member per council), newest first, with the sheet to fill. */
@Injectable()
export class CouncilTasksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(memberId: string, q: TaskQuery): Promise<Page<CouncilTask>> {
    const params: unknown[] = [memberId];
    const filter = q.status ? `AND c.status = $${params.push(q.status)}` : '';
    const from = `FROM ocop.council_members m JOIN ocop.councils c ON c.id = m.council_id
      JOIN ocop.evaluations e ON e.id = c.evaluation_id JOIN ocop.products p ON p.id = e.product_id
      JOIN ocop.subjects s ON s.id = p.subject_id
      LEFT JOIN ocop.score_sheets ss ON ss.council_id = m.council_id AND ss.member_id = m.member_id
      WHERE m.member_id = $1 ${filter}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows: TaskRow[] = await this.dataSource.query(
      `SELECT e.id AS evaluation_id, c.level, c.status, c.quorum, m.conflict, ss.total, ss.submitted_at, p.id AS product_id,
         p.name AS product_name, p.group_code, p.subgroup_code, p.pack_id, s.name AS subject_name, c.opened_at
       ${from} ORDER BY c.opened_at DESC, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, q.pageSize, pageOffset(q)],
    );
    return { items: rows.map(toTask), total, page: q.page, pageSize: q.pageSize };
  }
}

function nextAction(r: TaskRow): 'DECLARE_CONFLICT' | 'SUBMIT_SCORE_SHEET' | 'NONE' {
  if (r.status !== 'OPEN' || r.conflict === true) return 'NONE';
  if (r.conflict === null) return 'DECLARE_CONFLICT';
  return 'SUBMIT_SCORE_SHEET';
}

function toTask(r: TaskRow): CouncilTask {
  const template = scoreTemplate(ocopEvaluationPackById(r.pack_id), r.subgroup_code);
  return {
    evaluationId: r.evaluation_id,
    product: { id: r.product_id, name: r.product_name, subjectName: r.subject_name, groupCode: r.group_code },
    level: r.level,
    councilStatus: r.status,
    quorum: r.quorum,
    conflictDeclared: r.conflict,
    mySheet: r.total === null ? null : { total: r.total, submittedAt: r.submitted_at!.toISOString() },
    nextAction: nextAction(r),
    template: {
      id: template.id,
      parts: template.parts.map((p) => ({
        part: p.part,
        nameVi: p.nameVi,
        nameEn: p.nameEn,
        maxPoints: p.maxPoints,
        criteria: p.criteria,
      })),
    },
  };
}
