import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The 2026–2030 pilot level "xã NTM hiện đại" (QĐ 51/2025/QĐ-TTg, Annex II) joins the allowed levels. */
export class AllowModernRuralLevel1764600000000 implements MigrationInterface {
  name = 'AllowModernRuralLevel1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appraisals.rural_appraisals DROP CONSTRAINT rural_appraisals_level_check`);
    await q.query(`ALTER TABLE appraisals.rural_appraisals ADD CONSTRAINT rural_appraisals_level_check
      CHECK (level IN ('STANDARD', 'ADVANCED', 'MODEL', 'MODERN', 'MODEL_RESIDENTIAL_AREA'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE appraisals.rural_appraisals DROP CONSTRAINT rural_appraisals_level_check`);
    await q.query(`ALTER TABLE appraisals.rural_appraisals ADD CONSTRAINT rural_appraisals_level_check
      CHECK (level IN ('STANDARD', 'ADVANCED', 'MODEL', 'MODEL_RESIDENTIAL_AREA'))`);
  }
}
