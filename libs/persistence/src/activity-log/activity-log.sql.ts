/**
 * The one definition of `activity_log`, the table that makes every workflow step activity idempotent:
 * each service keeps it in its own schema (and its own migration), but its columns and the statements
 * `runOnce` uses are written here only.
 */
export function activityLogSql(schema: string) {
  const table = `"${schema}".activity_log`;
  return {
    create: `CREATE TABLE IF NOT EXISTS ${table} (
      workflow_id text NOT NULL,
      sequence int NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      result jsonb,
      PRIMARY KEY (workflow_id, sequence)
    )`,
    /** Tables made before this definition (ocop's) had no `result`: a retried step answers what the first did. */
    addResult: `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS result jsonb`,
    claim: `INSERT INTO ${table} (workflow_id, sequence) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING sequence`,
    previous: `SELECT result FROM ${table} WHERE workflow_id = $1 AND sequence = $2`,
    keep: `UPDATE ${table} SET result = $3 WHERE workflow_id = $1 AND sequence = $2`,
  };
}
