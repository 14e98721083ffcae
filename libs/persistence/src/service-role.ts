import type { DataSource } from 'typeorm';

/**
 * Each service connects with a role of its own that may read and write the rows of its own schema and
 * nothing else: no other schema, and no change to the tables the migrations made (they belong to the
 * owner). It may CREATE in its own schema, because applications makes one dossier-code sequence per year
 * at run time (DossierCodeAllocator). The owner role (`DATABASE_URL`'s user) keeps the schema and runs
 * the migrations; it grants the service role its rights after migrating (grantServiceRole), and the role
 * itself is created by someone who may create roles (infra/local/postgres.sh locally, the DBA in production).
 */
export const serviceRoleName = (schema: string) => `${schema}_svc`;

/**
 * The URL a service connects with when DATABASE_SERVICE_ROLES=on: the owner's URL with the service's role,
 * and its password (DATABASE_SERVICE_PASSWORD, or in development the role's name, which production refuses).
 */
export function serviceDatabaseUrl(ownerUrl: string, schema: string, password?: string): string {
  const url = new URL(ownerUrl);
  url.username = serviceRoleName(schema);
  url.password = encodeURIComponent(password ?? serviceRoleName(schema));
  return url.toString();
}

/** Rights of the service role on its schema, for the tables there now and those later migrations create. */
export function serviceRoleGrantsSql(schema: string, role = serviceRoleName(schema)): string[] {
  const s = `"${schema}"`;
  const r = `"${role}"`;
  return [
    `GRANT USAGE, CREATE ON SCHEMA ${s} TO ${r}`,
    grantOnOwnedObjectsSql(schema, role),
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
    outboxBacklogFunctionSql(schema),
  ];
}

/**
 * Table and sequence rights on what the owner made. `GRANT … ON ALL … IN SCHEMA` would also name what the
 * service role made itself (applications' per-year dossier-code sequence), which the owner may not grant on.
 */
function grantOnOwnedObjectsSql(schema: string, role: string): string {
  return `DO $kc$ DECLARE o record; BEGIN
    FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = '${schema}' AND c.relkind IN ('r', 'p', 'S') AND c.relowner = current_user::regrole
    LOOP
      IF o.relkind = 'S' THEN
        EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %I.%I TO %I', '${schema}', o.relname, '${role}');
      ELSE
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I.%I TO %I', '${schema}', o.relname, '${role}');
      END IF;
    END LOOP;
  END $kc$`;
}

/** The one role that reads across schemas, and only through `outbox_backlog()`: operations' monitoring. */
const MONITOR_ROLE = serviceRoleName('operations');

/**
 * A count of the schema's unsent outbox rows for the operations service's relay-backlog view, as a
 * SECURITY DEFINER function: the monitor may call it, but may still not read any row of another schema.
 */
function outboxBacklogFunctionSql(schema: string): string {
  const s = `"${schema}"`;
  return `DO $kc$ BEGIN
    IF to_regclass('${s}.outbox') IS NOT NULL THEN
      CREATE OR REPLACE FUNCTION ${s}.outbox_backlog() RETURNS TABLE (unsent int, oldest_unsent_at timestamptz)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
        AS 'SELECT count(*)::int, min(created_at) FROM ${s}.outbox WHERE sent_at IS NULL';
      REVOKE EXECUTE ON FUNCTION ${s}.outbox_backlog() FROM PUBLIC;
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${MONITOR_ROLE}') THEN
        GRANT USAGE ON SCHEMA ${s} TO "${MONITOR_ROLE}";
        GRANT EXECUTE ON FUNCTION ${s}.outbox_backlog() TO "${MONITOR_ROLE}";
      END IF;
    END IF;
  END $kc$`;
}

/** Grants the service role its rights (as the owner, after migrating); returns false when the role does not exist. */
export async function grantServiceRole(dataSource: DataSource, schema: string): Promise<boolean> {
  const rows: unknown[] = await dataSource.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [
    serviceRoleName(schema),
  ]);
  if (rows.length === 0) return false;
  for (const sql of serviceRoleGrantsSql(schema)) await dataSource.query(sql);
  return true;
}
