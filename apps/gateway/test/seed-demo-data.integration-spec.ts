import type { DataSource } from 'typeorm';
import { verifyPassword } from '@kc/auth';
import { Roles } from '@kc/domain';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { demoAccounts } from '../src/seed/demo-accounts';
import { seedDemoData } from '../src/seed/seed-demo-data';

describe('demo data for npm start', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = createAppDataSource({
      url: testEnv.databaseUrl,
      schema: 'gateway',
      migrations: serviceDefinition.migrations,
      poolSize: 2,
    });
    await migrateDataSource(dataSource, 'gateway');
    await dataSource.query(`TRUNCATE gateway.accounts, gateway.org_units`);
  });
  afterAll(async () => dataSource?.destroy());

  it('loads the units and accounts for every role (three council members), and a second run changes nothing', async () => {
    const first = await seedDemoData(dataSource, 'Mật khẩu thử');
    expect(first.accountsCreated).toHaveLength(demoAccounts.length);
    const second = await seedDemoData(dataSource, 'another password');
    expect(second.accountsCreated).toEqual([]);

    const [{ districts }] = await dataSource.query(
      `SELECT count(*)::int AS districts FROM gateway.org_units WHERE kind = 'DISTRICT' AND valid_to = '2025-06-30'`,
    );
    expect(districts).toBe(11);
    const accounts: { roles: string[]; password_hash: string; unit_code: string | null }[] = await dataSource.query(
      `SELECT roles, password_hash, unit_code FROM gateway.accounts`,
    );
    expect(new Set(accounts.flatMap((a) => a.roles))).toEqual(new Set(Roles));
    expect(accounts.filter((a) => a.roles.includes('COUNCIL_MEMBER'))).toHaveLength(3);
    await expect(verifyPassword('Mật khẩu thử', accounts[0].password_hash)).resolves.toBe(true);
    const [{ name }] = await dataSource.query(`SELECT name FROM gateway.org_units WHERE code = 'X-XUAN-LOC'`);
    expect(name).toBe('Xã Xuân Lộc');
  });
});
