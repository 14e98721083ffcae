import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The officers' inbox and what it shows: task rows, a readable timeline per dossier, the dossier summary
 * (projected from ApplicationSubmitted), and the programmes' yearly budgets with their reservations.
 * All of it is written by idempotent activities and handlers; the workflow stays the source of truth.
 */
export class CreateTaskInbox1764400000000 implements MigrationInterface {
  name = 'CreateTaskInbox1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // A retried step activity answers what the first attempt answered.
    await q.query(`ALTER TABLE appraisals.activity_log ADD COLUMN result jsonb`);
    await q.query(`CREATE TABLE appraisals.dossiers (
      application_id uuid PRIMARY KEY,
      dossier_code text NOT NULL,
      program_code text NOT NULL,
      rule_pack_id text NOT NULL,
      applicant_id text NOT NULL,
      applicant_name text NOT NULL,
      local_unit_code text NOT NULL,
      eligible_cost_vnd bigint NOT NULL,
      proposed_support_vnd bigint NOT NULL,
      submitted_at timestamptz NOT NULL,
      expected_result_date date NOT NULL,
      stage text NOT NULL DEFAULT 'RECEPTION',
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE appraisals.tasks (
      task_id text PRIMARY KEY,
      application_id uuid NOT NULL,
      dossier_code text NOT NULL,
      program_code text NOT NULL,
      stage text NOT NULL,
      actions text[] NOT NULL,
      unit_code text NOT NULL,
      role text NOT NULL,
      assignee_id text,
      claimed_by text,
      claimed_at timestamptz,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
      outcome text,
      completed_by text,
      due_at timestamptz,
      warned_at timestamptz,
      escalated_at timestamptz,
      created_at timestamptz NOT NULL,
      completed_at timestamptz
    )`);
    await q.query(`CREATE INDEX tasks_open_by_due ON appraisals.tasks (unit_code, role, due_at) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX tasks_by_application ON appraisals.tasks (application_id)`);
    await q.query(`CREATE TABLE appraisals.timeline (
      application_id uuid NOT NULL,
      sequence int NOT NULL,
      position int NOT NULL,
      at timestamptz NOT NULL,
      stage text NOT NULL,
      actor_id text,
      kind text NOT NULL,
      text_vi text NOT NULL,
      text_en text NOT NULL,
      PRIMARY KEY (application_id, sequence, position)
    )`);
    await q.query(`CREATE TABLE appraisals.program_budgets (
      program_code text NOT NULL,
      year int NOT NULL,
      total_vnd bigint NOT NULL CHECK (total_vnd >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (program_code, year)
    )`);
    await q.query(`CREATE TABLE appraisals.budget_reservations (
      application_id uuid PRIMARY KEY,
      dossier_code text NOT NULL,
      program_code text NOT NULL,
      year int NOT NULL,
      amount_vnd bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('RESERVED', 'WAITLISTED', 'RELEASED', 'DROPPED')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE INDEX budget_reservations_by_program ON appraisals.budget_reservations (program_code, year, status, requested_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['budget_reservations', 'program_budgets', 'timeline', 'tasks', 'dossiers'])
      await q.query(`DROP TABLE appraisals.${table}`);
    await q.query(`ALTER TABLE appraisals.activity_log DROP COLUMN result`);
  }
}
