import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillRollups } from '../read-model/backfill-rollups';

/**
 * New-rural criteria appraisals as cases (case_kind RURAL: their level and target year), and whether a dossier was submitted online and how many documents it brought as files (the online rate and
 * digitised documents per dossier of issue #10 §2), and their month counters. Dossiers projected before
 * came through the portal only, so they are marked online; their document count stays unknown (null) until
 * `npm run ops:rebuild` replays events that carry it.
 */
export function addOnlineAndRuralMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class AddOnlineAndRural1764500500000 implements MigrationInterface {
    name = 'AddOnlineAndRural1764500500000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`ALTER TABLE ${s}.cases ADD COLUMN submitted_online boolean, ADD COLUMN documents int,
        ADD COLUMN rural_level text, ADD COLUMN target_year int`);
      await q.query(
        `CREATE INDEX cases_rural_year_idx ON ${s}.cases (target_year, unit_code) WHERE case_kind = 'RURAL'`,
      );
      await q.query(
        `UPDATE ${s}.cases SET submitted_online = true WHERE case_kind = 'DOSSIER' AND opened_at IS NOT NULL`,
      );
      await q.query(`CREATE TABLE ${s}.channel_counts (
        measure text NOT NULL CHECK (measure IN ('RECEIVED', 'DECIDED')),
        month date NOT NULL,
        unit_code text,
        program_code text,
        online boolean,
        n int NOT NULL,
        with_documents int NOT NULL,
        documents int NOT NULL,
        UNIQUE NULLS NOT DISTINCT (measure, month, unit_code, program_code, online)
      )`);
      await q.query(`CREATE INDEX channel_counts_month_idx ON ${s}.channel_counts (month)`);
      await backfillRollups(q, schema, ['channel_counts']);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${s}.channel_counts`);
      await q.query(`DROP INDEX ${s}.cases_rural_year_idx`);
      await q.query(`ALTER TABLE ${s}.cases DROP COLUMN submitted_online, DROP COLUMN documents,
        DROP COLUMN rural_level, DROP COLUMN target_year`);
    }
  };
}
