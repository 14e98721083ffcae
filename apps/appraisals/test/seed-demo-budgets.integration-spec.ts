import type { DataSource } from 'typeorm';
import { Programs } from '@kc/domain';
import { createAppDataSource, migrateDataSource } from '@kc/persistence';
import { testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { demoBudgetVnd, seedDemoBudgets } from '../src/seed/seed-demo-budgets';

describe('demo programme budgets for npm start', () => {
  let dataSource: DataSource;
  // A year no other test uses, so the test owns its rows.
  const now = new Date('2091-03-01T03:00:00Z');
  beforeAll(async () => {
    dataSource = createAppDataSource({
      url: testEnv.databaseUrl,
      schema: 'appraisals',
      migrations: serviceDefinition.migrations,
      poolSize: 2,
    });
    await migrateDataSource(dataSource, 'appraisals');
    await dataSource.query(`DELETE FROM appraisals.program_budgets WHERE year IN (2091, 2092)`);
  });
  afterAll(async () => dataSource?.destroy());

  it('gives every programme this year’s and next year’s budget once, never overwriting an operator’s figure', async () => {
    const first = await seedDemoBudgets(dataSource, now);
    expect(first).toHaveLength(Object.keys(Programs).length * 2);
    expect(first).toContain('ROOFTOP_SOLAR/2092');
    await dataSource.query(
      `UPDATE appraisals.program_budgets SET total_vnd = 1 WHERE program_code = 'MACHINERY' AND year = 2091`,
    );
    expect(await seedDemoBudgets(dataSource, now)).toEqual([]);
    const rows: { program_code: string; total_vnd: string }[] = await dataSource.query(
      `SELECT program_code, total_vnd::text FROM appraisals.program_budgets WHERE year = 2091 ORDER BY program_code`,
    );
    expect(rows.find((r) => r.program_code === 'MACHINERY')?.total_vnd).toBe('1');
    expect(rows.filter((r) => r.total_vnd === String(demoBudgetVnd))).toHaveLength(Object.keys(Programs).length - 1);
  });
});
