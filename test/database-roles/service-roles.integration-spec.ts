// Each service connects with its own role, limited to its schema: it reads and writes its own rows, and
// PostgreSQL refuses it another service's schema and any change to the schema itself.
import { Client } from 'pg';
import { serviceDatabaseUrl } from '@kc/persistence';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { serviceDefinitions } from '../../scripts/service-definitions';

/** The table every schema has (the transactional outbox), so each role is tried on each schema alike. */
const TABLE = 'outbox';

const connectAs = async (schema: string) => {
  const client = new Client({ connectionString: serviceDatabaseUrl(testEnv.databaseUrl, schema) });
  await client.connect();
  return client;
};
const failure = (p: Promise<unknown>) =>
  p.then(
    () => 'allowed',
    (e: { code?: string }) => e.code,
  );

describe('per-service database roles', () => {
  const schemas = serviceDefinitions.map((d) => d.schema);

  beforeAll(async () => {
    for (const d of serviceDefinitions) await migrateTestSchema(d);
  }, 120_000);

  it('lets each service read and write its own schema', async () => {
    for (const schema of schemas) {
      const client = await connectAs(schema);
      try {
        const { rows } = await client.query<{ user: string }>('SELECT current_user AS user');
        expect(rows[0]!.user).toBe(`${schema}_svc`);
        await client.query('BEGIN');
        await expect(client.query(`SELECT count(*) FROM "${schema}".${TABLE}`)).resolves.toBeDefined();
        await expect(client.query(`DELETE FROM "${schema}".${TABLE} WHERE false`)).resolves.toBeDefined();
        await client.query('ROLLBACK');
      } finally {
        await client.end();
      }
    }
  });

  it('migrates again after a service made a sequence of its own, and lets operations count any outbox but read none', async () => {
    const applications = await connectAs('applications');
    const operations = await connectAs('operations');
    try {
      // What applications does each new year: a dossier-code sequence, owned by its own role.
      await applications.query('CREATE SEQUENCE IF NOT EXISTS applications.roles_test_seq');
      const again = serviceDefinitions.find((d) => d.schema === 'applications')!;
      await expect(migrateTestSchema(again)).resolves.toBeUndefined();
      await expect(applications.query(`SELECT nextval('applications.roles_test_seq')`)).resolves.toBeDefined();
      const { rows } = await operations.query<{ unsent: number }>('SELECT unsent FROM "applications".outbox_backlog()');
      expect(typeof rows[0]!.unsent).toBe('number');
      expect(await failure(operations.query('SELECT * FROM "applications".outbox LIMIT 1'))).toBe('42501');
    } finally {
      await applications.query('DROP SEQUENCE IF EXISTS applications.roles_test_seq');
      await applications.end();
      await operations.end();
    }
  });

  it("refuses every service another service's schema (permission denied, 42501)", async () => {
    const wrong: string[] = [];
    for (const own of schemas) {
      const client = await connectAs(own);
      try {
        for (const other of schemas.filter((s) => s !== own)) {
          const read = await failure(client.query(`SELECT * FROM "${other}".${TABLE} LIMIT 1`));
          if (read !== '42501') wrong.push(`${own}_svc reading ${other}: ${read}`);
        }
      } finally {
        await client.end();
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses a service any change to the migrations' tables, and any object outside its schema", async () => {
    const client = await connectAs('applications');
    try {
      expect(await failure(client.query(`DROP TABLE applications.${TABLE}`))).toBe('42501');
      expect(await failure(client.query(`ALTER TABLE applications.${TABLE} ADD COLUMN x int`))).toBe('42501');
      expect(await failure(client.query(`TRUNCATE applications.${TABLE}`))).toBe('42501');
      expect(await failure(client.query('CREATE TABLE public.intruder (id int)'))).toBe('42501');
      expect(await failure(client.query('CREATE SEQUENCE appraisals.intruder'))).toBe('42501');
    } finally {
      await client.end();
    }
  });
});
