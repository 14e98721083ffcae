import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisational units (with validity dates) and accounts with their roles and unit. */
export class CreateIdentityTables1764300100000 implements MigrationInterface {
  name = 'CreateIdentityTables1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.org_units (
      code text PRIMARY KEY,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('PROVINCE','DEPARTMENT','CENTER','DISTRICT','COMMUNE','WARD','COUNCIL')),
      parent_code text REFERENCES gateway.org_units (code) DEFERRABLE INITIALLY DEFERRED,
      valid_from date NOT NULL,
      valid_to date,
      CHECK (valid_to IS NULL OR valid_from <= valid_to)
    )`);
    await q.query(`CREATE TABLE gateway.accounts (
      id uuid PRIMARY KEY,
      email text NOT NULL,
      full_name text NOT NULL,
      password_hash text NOT NULL,
      roles text[] NOT NULL CHECK (cardinality(roles) > 0),
      unit_code text REFERENCES gateway.org_units (code),
      created_at timestamptz NOT NULL DEFAULT now(),
      disabled_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX accounts_email_idx ON gateway.accounts (lower(email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.accounts`);
    await q.query(`DROP TABLE gateway.org_units`);
  }
}
