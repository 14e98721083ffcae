import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ApprovalTimelineLine } from '@kc/contracts';
import type { TimelineLine } from './timeline-line';

/** The one owner of `appraisals.timeline`: the step activity appends a step's lines, officers read them. */
@Injectable()
export class TimelineRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A step's lines, in the order of its events (position), under the step's sequence. */
  async append(
    m: EntityManager,
    step: { applicationId: string; sequence: number; at: Date; stage: string; actorId: string | null },
    lines: TimelineLine[],
  ): Promise<void> {
    for (const [position, line] of lines.entries()) {
      await m.query(
        `INSERT INTO appraisals.timeline (application_id, sequence, position, at, stage, actor_id, kind, text_vi, text_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [step.applicationId, step.sequence, position, step.at, step.stage, step.actorId, line.kind, line.vi, line.en],
      );
    }
  }

  /** The workflow's history as lines an officer reads, oldest first. */
  read(applicationId: string): Promise<ApprovalTimelineLine[]> {
    return this.dataSource.query(
      `SELECT at, stage, actor_id AS "actorId", kind, text_vi AS "textVi", text_en AS "textEn"
         FROM appraisals.timeline WHERE application_id = $1 ORDER BY sequence, position`,
      [applicationId],
    ) as Promise<ApprovalTimelineLine[]>;
  }
}
