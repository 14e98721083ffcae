import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only, hash-chained audit log of interventions and decisions (issue #13): each row stores the
 * previous row's hash and its own, so a changed or removed row breaks the chain `npm run audit:verify`
 * walks. A trigger refuses UPDATE and DELETE, so even the service cannot rewrite history.
 */
export function createAuditLogMigration(schema: string): new () => MigrationInterface {
  const s = `"${schema}"`;
  return class CreateAuditLog1764500100000 implements MigrationInterface {
    name = 'CreateAuditLog1764500100000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE ${s}.audit_log (
        seq bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_kind text NOT NULL,
        actor_id text NOT NULL,
        actor_role text,
        action text NOT NULL,
        case_id text,
        case_code text,
        reason text,
        before jsonb,
        after jsonb,
        source_event_id uuid UNIQUE,
        prev_hash text,
        hash text NOT NULL
      )`);
      await q.query(`CREATE INDEX audit_log_case_idx ON ${s}.audit_log (case_id, seq)`);
      await q.query(`CREATE INDEX audit_log_actor_idx ON ${s}.audit_log (actor_id, seq)`);
      await q.query(`CREATE FUNCTION ${s}.audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`);
      await q.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${s}.audit_log
        FOR EACH ROW EXECUTE FUNCTION ${s}.audit_log_append_only()`);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${s}.audit_log`);
      await q.query(`DROP FUNCTION ${s}.audit_log_append_only()`);
    }
  };
}
