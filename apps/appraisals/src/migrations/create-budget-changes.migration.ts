import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every change of a programme's yearly budget: who, the figure before and after, and why. Append-only. */
export class CreateBudgetChanges1764400100000 implements MigrationInterface {
  name = 'CreateBudgetChanges1764400100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE appraisals.budget_changes (
      id bigserial PRIMARY KEY,
      program_code text NOT NULL,
      year int NOT NULL,
      changed_by text NOT NULL,
      changed_by_name text NOT NULL,
      before_vnd bigint,
      after_vnd bigint NOT NULL,
      reason text NOT NULL CHECK (length(btrim(reason)) >= 5),
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX budget_changes_by_budget ON appraisals.budget_changes (program_code, year, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE appraisals.budget_changes`);
  }
}
