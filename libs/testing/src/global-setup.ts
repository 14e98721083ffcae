// Jest globalSetup for the integration tier: fail fast, with the fix, when the local servers are not up.
import { Client } from 'pg';
import { createKafka, ensureTopics } from '@kc/messaging';
import { allTopics } from '@kc/contracts';
import { serviceRoleGrantsSql } from '@kc/persistence';
import { testEnv, testTopic } from './test-env';

/**
 * The services connect as their own roles (DATABASE_SERVICE_ROLES=on): each needs its rights on its schema,
 * which migrations grant; re-grant them here for schemas an older run migrated, and fail with the fix when
 * the roles do not exist.
 */
async function grantServiceRoles(pg: Client): Promise<void> {
  const { rows } = await pg.query<{ schema: string; role: string | null }>(
    `SELECT n.nspname AS schema, r.rolname AS role FROM pg_namespace n
       LEFT JOIN pg_roles r ON r.rolname = n.nspname || '_svc'
      WHERE n.nspname IN ('applications', 'appraisals', 'ocop', 'notifications', 'operations', 'gateway')`,
  );
  const missing = rows.filter((r) => !r.role).map((r) => `${r.schema}_svc`);
  if (missing.length) throw new Error(`database roles ${missing.join(', ')} do not exist`);
  for (const { schema } of rows) for (const sql of serviceRoleGrantsSql(schema)) await pg.query(sql);
}

/**
 * Budget wait-lists are served in strict order of approval: a dossier an earlier run left waiting (its
 * workflow died with that run's Temporal server) would stand first in line for ever and hold back every
 * later test's dossier of the same programme and year. A run starts with nobody waiting.
 */
async function dropWaitersOfEarlierRuns(pg: Client): Promise<void> {
  await pg.query(`DO $$ BEGIN
    IF to_regclass('appraisals.budget_reservations') IS NOT NULL THEN
      UPDATE appraisals.budget_reservations SET status = 'DROPPED', updated_at = now() WHERE status = 'WAITLISTED';
    END IF; END $$`);
}

export default async function globalSetup(): Promise<void> {
  const hint = 'Start the local infrastructure with `npm run infra:up` (npm test does it for you).';
  const pg = new Client({ connectionString: testEnv.databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await pg.connect();
    await pg.query('SELECT 1');
    await grantServiceRoles(pg);
    await dropWaitersOfEarlierRuns(pg);
  } catch (error) {
    throw new Error(`PostgreSQL test database unreachable (${(error as Error).message}). ${hint}`);
  } finally {
    await pg.end().catch(() => undefined);
  }
  try {
    await ensureTopics(createKafka('test-setup', testEnv.kafkaBrokers), allTopics().map(testTopic));
  } catch (error) {
    throw new Error(`Kafka unreachable at ${testEnv.kafkaBrokers.join(',')} (${(error as Error).message}). ${hint}`);
  }
}
