/**
 * The outbox and inbox tables, created in each app's own schema by that app's migration:
 * `up` and `down` SQL so migrations stay raw SQL (conventions.md §10).
 */
export function messagingTablesSql(schema: string): { up: string[]; down: string[] } {
  const s = `"${schema}"`;
  return {
    up: [
      `CREATE TABLE ${s}.outbox (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        envelope jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`,
      `CREATE INDEX outbox_unsent_idx ON ${s}.outbox (seq) WHERE sent_at IS NULL`,
      `CREATE INDEX outbox_sent_at_idx ON ${s}.outbox (sent_at) WHERE sent_at IS NOT NULL`,
      `CREATE TABLE ${s}.inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`,
    ],
    down: [`DROP TABLE ${s}.inbox`, `DROP TABLE ${s}.outbox`],
  };
}
