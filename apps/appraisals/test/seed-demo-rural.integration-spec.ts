import { randomUUID } from 'node:crypto';
import { Connection, WorkflowClient } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { WorkflowIds } from '@kc/contracts';
import { createAppDataSource } from '@kc/persistence';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { serviceDefinition } from '../src/service.definition';
import { seedDemoRural } from '../src/seed/seed-demo-rural';

describe('demo new-rural candidates for npm start', () => {
  let dataSource: DataSource;
  let connection: Connection;
  let client: WorkflowClient;
  const taskQueue = `rural-seed-${randomUUID()}`;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    dataSource = await createAppDataSource({
      url: testEnv.databaseUrl,
      schema: 'appraisals',
      poolSize: 2,
    }).initialize();
    // The demo rows are the seed's own: earlier runs' are removed so the first run creates them again.
    await dataSource.query(
      `DELETE FROM appraisals.rural_appraisals WHERE commune_code IN ('X-XUAN-HIEP', 'X-XUAN-LOC', 'X-LONG-THANH')
         AND target_year IN (2025, 2026)`,
    );
    connection = await Connection.connect({ address: testEnv.temporalAddress });
    client = new WorkflowClient({ connection, namespace: testEnv.temporalNamespace });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await connection?.close();
  });

  it('registers three candidates with their workflows once, a half-typed self-assessment included', async () => {
    const first = await seedDemoRural(dataSource, client, { taskQueue, topicPrefix: testEnv.topicPrefix });
    expect(first).toHaveLength(3);
    expect(first).toContain('Xã Long Thành – Ấp Phước Lý (MODEL_RESIDENTIAL_AREA, 2026)');
    const rows: { appraisal_id: string; commune_code: string; district_code: string | null; procedure_id: string }[] =
      await dataSource.query(
        `SELECT appraisal_id, commune_code, district_code, procedure_id FROM appraisals.rural_appraisals
          WHERE commune_code IN ('X-XUAN-HIEP', 'X-XUAN-LOC', 'X-LONG-THANH') AND target_year IN (2025, 2026)
          ORDER BY commune_code`,
      );
    expect(rows.map((r) => [r.commune_code, r.district_code, r.procedure_id])).toEqual([
      ['X-LONG-THANH', null, 'ntm-two-tier'],
      ['X-XUAN-HIEP', 'H-XUAN-LOC', 'ntm-with-district'],
      ['X-XUAN-LOC', null, 'ntm-two-tier'],
    ]);
    const [{ evaluation }] = await dataSource.query(
      `SELECT evaluation FROM appraisals.rural_self_assessments WHERE appraisal_id = $1`,
      [rows[2].appraisal_id],
    );
    expect(evaluation).toMatchObject({ proposal: 'INCOMPLETE' });
    for (const r of rows) {
      const description = await client.getHandle(WorkflowIds.ruralCriteriaAppraisal(r.appraisal_id)).describe();
      expect(description.taskQueue).toBe(taskQueue);
    }
    expect(await seedDemoRural(dataSource, client, { taskQueue, topicPrefix: testEnv.topicPrefix })).toEqual([]);
  });
});
