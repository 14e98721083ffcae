import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The one owner of `rural_timeline`: one line per recorded step, read oldest first. */
@Injectable()
export class RuralTimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  timeline(
    id: string,
  ): Promise<{ at: Date; stage: string; actorId: string | null; kind: string; textVi: string; textEn: string }[]> {
    return this.dataSource.query(
      `SELECT at, stage, actor_id AS "actorId", kind, text_vi AS "textVi", text_en AS "textEn"
         FROM appraisals.rural_timeline WHERE appraisal_id = $1 ORDER BY sequence, position`,
      [id],
    );
  }

  async append(
    m: EntityManager,
    step: { appraisalId: string; sequence: number; at: Date; stage: string; actorId: string | null },
    line: { kind: string; vi: string; en: string },
  ): Promise<void> {
    await m.query(
      `INSERT INTO appraisals.rural_timeline (appraisal_id, sequence, position, at, stage, actor_id, kind, text_vi, text_en)
       VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8)`,
      [step.appraisalId, step.sequence, step.at, step.stage, step.actorId, line.kind, line.vi, line.en],
    );
  }
}
