import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections (recipients from identity events, each dossier's applicant, officers' open tasks), users'
 * preferences, the in-app inbox, and the delivery ledger whose unique key (event, recipient, channel)
 * makes every notification go out once.
 */
export class CreateNotificationTables1764400000000 implements MigrationInterface {
  name = 'CreateNotificationTables1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notifications.recipients (
      account_id text PRIMARY KEY,
      email text NOT NULL,
      full_name text NOT NULL,
      roles text[] NOT NULL,
      unit_code text,
      phone text,
      language text NOT NULL CHECK (language IN ('vi','en')),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX recipients_unit_idx ON notifications.recipients (unit_code)`);
    await q.query(`CREATE TABLE notifications.dossier_applicants (
      application_id uuid PRIMARY KEY,
      applicant_id text NOT NULL,
      applicant_name text NOT NULL,
      dossier_code text NOT NULL
    )`);
    await q.query(`CREATE TABLE notifications.preferences (
      account_id text PRIMARY KEY,
      channels text[] NOT NULL,
      language text NOT NULL CHECK (language IN ('vi','en')),
      phone text,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE notifications.tasks (
      task_id text PRIMARY KEY,
      application_id uuid NOT NULL,
      dossier_code text NOT NULL,
      stage text NOT NULL,
      unit_code text NOT NULL,
      role text NOT NULL,
      assignee_id text,
      due_at timestamptz,
      created_at timestamptz NOT NULL,
      completed_at timestamptz
    )`);
    await q.query(`CREATE INDEX tasks_open_idx ON notifications.tasks (unit_code, role) WHERE completed_at IS NULL`);
    await q.query(`CREATE TABLE notifications.inbox_items (
      id uuid PRIMARY KEY,
      recipient_id text NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      template_key text NOT NULL,
      application_id uuid,
      subject text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      UNIQUE (event_id, recipient_id, template_key)
    )`);
    await q.query(
      `CREATE INDEX inbox_items_recipient_idx ON notifications.inbox_items (recipient_id, created_at DESC)`,
    );
    await q.query(`CREATE TABLE notifications.deliveries (
      id uuid PRIMARY KEY,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      recipient_id text NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email','sms','zalo')),
      template_key text NOT NULL,
      application_id uuid,
      content jsonb NOT NULL,
      remaining_channels text[] NOT NULL,
      status text NOT NULL CHECK (status IN ('pending','sending','sent','failed')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      last_error text,
      provider_ref text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      UNIQUE (event_id, recipient_id, channel)
    )`);
    await q.query(
      `CREATE INDEX deliveries_due_idx ON notifications.deliveries (next_attempt_at) WHERE status IN ('pending','sending')`,
    );
    await q.query(`CREATE TABLE notifications.digest_runs (
      day date PRIMARY KEY,
      ran_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['digest_runs', 'deliveries', 'inbox_items', 'tasks', 'preferences', 'dossier_applicants'])
      await q.query(`DROP TABLE notifications.${table}`);
    await q.query(`DROP TABLE notifications.recipients`);
  }
}
