import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OCOP subjects, products, evaluation rounds, councils with members and score sheets, certificates, and
 * the log of workflow steps already written (so a retried activity writes nothing twice).
 */
export class CreateOcopTables1764400000000 implements MigrationInterface {
  name = 'CreateOcopTables1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ocop.subjects (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('ENTERPRISE', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS')),
      name text NOT NULL,
      tax_code text,
      address text NOT NULL,
      unit_code text NOT NULL,
      owner_id text,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX subjects_owner ON ocop.subjects (owner_id)`);
    await q.query(`CREATE TABLE ocop.products (
      id uuid PRIMARY KEY,
      subject_id uuid NOT NULL REFERENCES ocop.subjects (id),
      name text NOT NULL,
      group_code text NOT NULL,
      subgroup_code text NOT NULL,
      unit_code text NOT NULL,
      documents jsonb NOT NULL,
      registered_on date NOT NULL,
      pack_id text NOT NULL,
      registered_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX products_subject ON ocop.products (subject_id)`);
    await q.query(`CREATE TABLE ocop.evaluations (
      id uuid PRIMARY KEY,
      product_id uuid NOT NULL REFERENCES ocop.products (id),
      round int NOT NULL,
      workflow_id text NOT NULL UNIQUE,
      pack_id text NOT NULL,
      stage text NOT NULL,
      stars int,
      recognised_by text,
      average_total int,
      commune_report jsonb,
      started_by text NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      ended_at timestamptz,
      UNIQUE (product_id, round)
    )`);
    await q.query(`CREATE TABLE ocop.councils (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      evaluation_id uuid NOT NULL REFERENCES ocop.evaluations (id),
      level text NOT NULL,
      quorum int NOT NULL,
      template_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
      opened_at timestamptz NOT NULL,
      closed_at timestamptz,
      result jsonb,
      UNIQUE (evaluation_id, level)
    )`);
    await q.query(`CREATE TABLE ocop.council_members (
      council_id uuid NOT NULL REFERENCES ocop.councils (id),
      member_id text NOT NULL,
      member_name text NOT NULL,
      conflict boolean,
      conflict_note text,
      declared_at timestamptz,
      PRIMARY KEY (council_id, member_id)
    )`);
    await q.query(`CREATE INDEX council_members_member ON ocop.council_members (member_id)`);
    await q.query(`CREATE TABLE ocop.score_sheets (
      council_id uuid NOT NULL,
      member_id text NOT NULL,
      template_id text NOT NULL,
      points jsonb NOT NULL,
      part_a int NOT NULL,
      part_b int NOT NULL,
      part_c int NOT NULL,
      total int NOT NULL CHECK (total BETWEEN 0 AND 100),
      submitted_at timestamptz NOT NULL,
      PRIMARY KEY (council_id, member_id),
      FOREIGN KEY (council_id, member_id) REFERENCES ocop.council_members (council_id, member_id)
    )`);
    await q.query(`CREATE SEQUENCE ocop.certificate_number_seq`);
    await q.query(`CREATE TABLE ocop.certificates (
      number text PRIMARY KEY,
      evaluation_id uuid NOT NULL UNIQUE REFERENCES ocop.evaluations (id),
      product_id uuid NOT NULL REFERENCES ocop.products (id),
      stars int NOT NULL CHECK (stars BETWEEN 3 AND 5),
      issued_by text NOT NULL,
      issue_date date NOT NULL,
      expiry_date date NOT NULL,
      reminder_date date NOT NULL,
      status text NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'EXPIRING', 'EXPIRED')),
      issued_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX certificates_product ON ocop.certificates (product_id)`);
    await q.query(`CREATE TABLE ocop.activity_log (
      workflow_id text NOT NULL,
      sequence int NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (workflow_id, sequence)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['activity_log', 'certificates', 'score_sheets', 'council_members', 'councils', 'evaluations'])
      await q.query(`DROP TABLE ocop.${t}`);
    await q.query(`DROP SEQUENCE ocop.certificate_number_seq`);
    await q.query(`DROP TABLE ocop.products`);
    await q.query(`DROP TABLE ocop.subjects`);
  }
}
