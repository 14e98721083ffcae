import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New-rural criteria 4 and 7: the year's candidates (a read model of their workflows), each commune's
 * self-assessment as typed, the appraisal's tasks and timeline, and the recognitions it concluded.
 * Workflow steps are written once through `activity_log`, like the approval's.
 */
export class CreateRuralCriteria1764500000000 implements MigrationInterface {
  name = 'CreateRuralCriteria1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE appraisals.rural_appraisals (
      appraisal_id uuid PRIMARY KEY,
      commune_code text NOT NULL,
      commune_name text NOT NULL,
      district_code text,
      level text NOT NULL CHECK (level IN ('STANDARD', 'ADVANCED', 'MODEL', 'MODEL_RESIDENTIAL_AREA')),
      target_year int NOT NULL,
      area_name text NOT NULL DEFAULT '',
      commune_group int CHECK (commune_group IN (1, 2, 3)),
      registered_on date NOT NULL,
      pack_id text NOT NULL,
      template_id text NOT NULL,
      procedure_id text NOT NULL,
      stage text NOT NULL,
      round int NOT NULL DEFAULT 1,
      submitted_evaluation jsonb,
      decisions jsonb NOT NULL DEFAULT '{}',
      outcome text CHECK (outcome IN ('DAT', 'KHONG_DAT')),
      conclusion_number text,
      concluded_at timestamptz,
      registered_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (commune_code, level, target_year, area_name)
    )`);
    await q.query(`CREATE INDEX rural_appraisals_by_year ON appraisals.rural_appraisals (target_year, level, stage)`);
    await q.query(`CREATE TABLE appraisals.rural_self_assessments (
      appraisal_id uuid PRIMARY KEY REFERENCES appraisals.rural_appraisals ON DELETE CASCADE,
      figures jsonb NOT NULL,
      evaluation jsonb NOT NULL,
      updated_by text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE appraisals.rural_tasks (
      task_id text PRIMARY KEY,
      appraisal_id uuid NOT NULL,
      stage text NOT NULL,
      unit_code text NOT NULL,
      role text NOT NULL,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
      due_at timestamptz,
      escalated_to text,
      escalated_at timestamptz,
      created_at timestamptz NOT NULL,
      completed_at timestamptz,
      completed_by text
    )`);
    await q.query(
      `CREATE INDEX rural_tasks_open ON appraisals.rural_tasks (unit_code, role, due_at) WHERE status = 'OPEN'`,
    );
    await q.query(`CREATE INDEX rural_tasks_by_appraisal ON appraisals.rural_tasks (appraisal_id)`);
    await q.query(`CREATE TABLE appraisals.rural_timeline (
      appraisal_id uuid NOT NULL,
      sequence int NOT NULL,
      position int NOT NULL,
      at timestamptz NOT NULL,
      stage text NOT NULL,
      actor_id text,
      kind text NOT NULL,
      text_vi text NOT NULL,
      text_en text NOT NULL,
      PRIMARY KEY (appraisal_id, sequence, position)
    )`);
    await q.query(`CREATE TABLE appraisals.rural_recognitions (
      appraisal_id uuid PRIMARY KEY,
      commune_code text NOT NULL,
      level text NOT NULL,
      target_year int NOT NULL,
      recognised_on date NOT NULL,
      conclusion_number text NOT NULL,
      revoked_on date,
      revocation_reason text
    )`);
    await q.query(`CREATE INDEX rural_recognitions_by_commune ON appraisals.rural_recognitions (commune_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'rural_recognitions',
      'rural_timeline',
      'rural_tasks',
      'rural_self_assessments',
      'rural_appraisals',
    ])
      await q.query(`DROP TABLE appraisals.${table}`);
  }
}
