import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Dossiers (drafts and submitted), their documents, supplement requests and the public timeline. */
export class CreateDossierTables1764300300000 implements MigrationInterface {
  name = 'CreateDossierTables1764300300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applications.dossiers (
      id uuid PRIMARY KEY,
      applicant_id text NOT NULL,
      applicant_name text NOT NULL,
      program_code text NOT NULL,
      status text NOT NULL DEFAULT 'DRAFT',
      stage text,
      title text NOT NULL,
      establishment jsonb NOT NULL,
      cost jsonb NOT NULL,
      local_unit_code text NOT NULL,
      rule_pack_id text,
      dossier_code text UNIQUE,
      lookup_secret text,
      proposed_support_vnd bigint,
      support_explanation text,
      submitted_at timestamptz,
      expected_result_date date,
      idempotency_key text,
      withdrawn_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX dossiers_applicant_idx ON applications.dossiers (applicant_id, created_at DESC)`);
    await q.query(`CREATE TABLE applications.documents (
      id uuid PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES applications.dossiers (id),
      requirement_code text NOT NULL,
      file_name text NOT NULL,
      mime text NOT NULL,
      size_bytes bigint NOT NULL,
      sha256 text NOT NULL,
      storage_key text NOT NULL,
      supplement_request_id text,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      replaced_at timestamptz
    )`);
    await q.query(
      `CREATE INDEX documents_dossier_idx ON applications.documents (dossier_id) WHERE replaced_at IS NULL`,
    );
    await q.query(`CREATE TABLE applications.supplement_requests (
      id text PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES applications.dossiers (id),
      items jsonb NOT NULL,
      due_date date NOT NULL,
      requested_at timestamptz NOT NULL,
      answered_at timestamptz
    )`);
    await q.query(`CREATE TABLE applications.timeline (
      id bigserial PRIMARY KEY,
      dossier_id uuid NOT NULL REFERENCES applications.dossiers (id),
      at timestamptz NOT NULL,
      kind text NOT NULL,
      stage text,
      label_vi text NOT NULL,
      label_en text NOT NULL,
      note text
    )`);
    await q.query(`CREATE INDEX timeline_dossier_idx ON applications.timeline (dossier_id, at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['timeline', 'supplement_requests', 'documents', 'dossiers'])
      await q.query(`DROP TABLE applications.${table}`);
  }
}
