import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RecognitionRecord } from '@kc/domain/rural-criteria';

/** The one owner of `rural_recognitions`: a passed conclusion recognises, a revocation takes it back. */
@Injectable()
export class RuralRecognitionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  recognitions(communeCodes: string[]): Promise<RecognitionRecord[]> {
    return this.dataSource.query(
      `SELECT commune_code AS "communeCode", level, target_year AS "year", 'DAT' AS outcome,
              to_char(recognised_on, 'YYYY-MM-DD') AS "recognisedOn", to_char(revoked_on, 'YYYY-MM-DD') AS "revokedOn"
         FROM appraisals.rural_recognitions WHERE commune_code = ANY($1)`,
      [communeCodes],
    );
  }

  /** Recognised by a conclusion (a re-appraisal after a revocation recognises again). */
  async recognise(
    m: EntityManager,
    r: {
      appraisalId: string;
      communeCode: string;
      level: string;
      targetYear: number;
      on: string;
      conclusionNumber: string;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO appraisals.rural_recognitions (appraisal_id, commune_code, level, target_year, recognised_on, conclusion_number)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (appraisal_id) DO UPDATE SET recognised_on = EXCLUDED.recognised_on,
         conclusion_number = EXCLUDED.conclusion_number, revoked_on = NULL, revocation_reason = NULL`,
      [r.appraisalId, r.communeCode, r.level, r.targetYear, r.on, r.conclusionNumber],
    );
  }

  async revoke(m: EntityManager, appraisalId: string, on: string, reason: string): Promise<void> {
    await m.query(
      `UPDATE appraisals.rural_recognitions SET revoked_on = $2, revocation_reason = $3 WHERE appraisal_id = $1`,
      [appraisalId, on, reason],
    );
  }
}
