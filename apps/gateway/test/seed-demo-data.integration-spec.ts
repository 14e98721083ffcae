import type { DataSource } from 'typeorm';
import { verifyPassword } from '@kc/auth';
import { Topics } from '@kc/contracts';
import { Roles } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { testEnv, testTopic } from '@kc/testing';
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
    await dataSource.query(`TRUNCATE gateway.refresh_tokens, gateway.accounts, gateway.org_units`);
  });
  afterAll(async () => dataSource?.destroy());

  const outbox = new OutboxWriter('gateway', 'gateway', testEnv.topicPrefix);

  it('loads the units and accounts for every role (three council members), and a second run changes nothing', async () => {
    const first = await seedDemoData(dataSource, 'Mật khẩu thử', outbox);
    expect(first.accountsCreated).toHaveLength(demoAccounts.length);
    const second = await seedDemoData(dataSource, 'another password', outbox);
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

  it('announces every demo account through the outbox: registered when created, updated when kept', async () => {
    await dataSource.query(`TRUNCATE gateway.refresh_tokens, gateway.accounts`);
    await seedDemoData(dataSource, 'Mật khẩu thử', outbox);
    await seedDemoData(dataSource, 'Mật khẩu thử', outbox);
    const announced: { event_type: string; topic: string; email: string }[] = await dataSource.query(
      `SELECT o.event_type, o.topic, o.envelope->'payload'->>'email' AS email
         FROM gateway.outbox o JOIN gateway.accounts a ON a.id::text = o.message_key ORDER BY o.seq`,
    );
    const count = (type: string) => announced.filter((r) => r.event_type === type).length;
    expect(count('AccountRegistered')).toBe(demoAccounts.length);
    expect(count('AccountUpdated')).toBe(demoAccounts.length);
    expect(new Set(announced.map((r) => r.topic))).toEqual(new Set([testTopic(Topics.identityEvents)]));
    expect(announced.map((r) => r.email)).toContain('can.bo.xa@khuyencong.test');
  });

  it('re-announces a kept account with the phone and language its holder set', async () => {
    await dataSource.query(
      `UPDATE gateway.accounts SET phone = '+84912345678', language = 'en' WHERE email = 'can.bo.xa@khuyencong.test'`,
    );
    await seedDemoData(dataSource, 'Mật khẩu thử', outbox);
    const [last]: { phone: string | null; language: string }[] = await dataSource.query(
      `SELECT envelope->'payload'->>'phone' AS phone, envelope->'payload'->>'language' AS language FROM gateway.outbox
        WHERE event_type = 'AccountUpdated' AND envelope->'payload'->>'email' = 'can.bo.xa@khuyencong.test'
        ORDER BY seq DESC LIMIT 1`,
    );
    expect(last).toEqual({ phone: '+84912345678', language: 'en' });
  });
});
