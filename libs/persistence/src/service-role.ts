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
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${r}`,
  ];
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
