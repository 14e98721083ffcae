import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batch interventions: a job (what, why, over which workflows, by whom) and one row per workflow with its
 * result, so a batch can be followed item by item and resumed after a crash without acting twice.
 */
export function createBatchJobsMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CreateBatchJobs1764500300000 implements MigrationInterface {
    name = 'CreateBatchJobs1764500300000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${s}.batch_jobs (
        job_id uuid PRIMARY KEY,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        action jsonb NOT NULL,
        reason text NOT NULL,
        selection jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'DONE')),
        finished_at timestamptz
      )`);
      await q.query(`CREATE TABLE ${s}.batch_items (
        job_id uuid NOT NULL REFERENCES ${s}.batch_jobs (job_id),
        workflow_id text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
        error text,
        attempted_at timestamptz,
        PRIMARY KEY (job_id, workflow_id)
      )`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${s}.batch_items`);
      await q.query(`DROP TABLE ${s}.batch_jobs`);
    }
  };
}
