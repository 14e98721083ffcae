import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { WorkflowIds } from '@kc/contracts';
import { OutboxWriter } from '@kc/messaging';
import { createAppDataSource } from '@kc/persistence';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { OcopEvaluationActivitiesService } from '../src/activities/ocop-evaluation.activities';
import { serviceDefinition } from '../src/service.definition';

describe('ocop evaluation activities on the real database: rows and outbox events, each step once', () => {
  let db: DataSource;
  let activities: OcopEvaluationActivitiesService;

  beforeAll(async () => {
    await migrateTestSchema(serviceDefinition);
    db = await createAppDataSource({ url: testEnv.databaseUrl, schema: 'ocop', poolSize: 2 }).initialize();
    activities = new OcopEvaluationActivitiesService(db, new OutboxWriter('ocop', 'ocop', testEnv.topicPrefix));
  });
  afterAll(async () => db?.destroy());

  async function certifiedProduct() {
    const [subjectId, productId, evaluationId] = [randomUUID(), randomUUID(), randomUUID()];
    await db.query(
      `INSERT INTO ocop.subjects (id, kind, name, address, unit_code, owner_id, created_by)
       VALUES ($1, 'ENTERPRISE', 'Công ty TNHH Hạt điều Bình Phước', 'Xã Xuân Lộc, Đồng Nai', 'X-XUAN-LOC', 'owner-1', 'test')`,
      [subjectId],
    );
    await db.query(
      `INSERT INTO ocop.products (id, subject_id, name, group_code, subgroup_code, unit_code, documents, registered_on, pack_id, registered_by)
       VALUES ($1, $2, 'Hạt điều rang muối', 'FOOD', 'FOOD-3c', 'X-XUAN-LOC', '[]', '2026-01-05', 'ocop-1489-2025', 'test')`,
      [productId, subjectId],
    );
    const workflowId = WorkflowIds.ocopEvaluation(productId, 1);
    await db.query(
      `INSERT INTO ocop.evaluations (id, product_id, round, workflow_id, pack_id, stage, started_by)
       VALUES ($1, $2, 1, $3, 'ocop-1489-2025', 'IN_PROGRESS', 'test')`,
      [evaluationId, productId, workflowId],
    );
    const context = (sequence: number) => ({
      workflowId,
      sequence,
      evaluationId,
      productId,
      round: 1,
      packId: 'ocop-1489-2025',
      at: '2026-01-20T03:00:00.000Z',
    });
    const certificate = {
      ...context(5),
      stars: 4 as const,
      issuedBy: 'PROVINCE' as const,
      issueDate: '2026-01-20',
      expiryDate: '2029-01-20',
      reminderDate: '2028-10-22',
    };
    return { productId, context, certificate };
  }
  const outboxOf = async (productId: string) =>
    (
      await db.query(`SELECT event_type, envelope FROM ocop.outbox WHERE message_key = $1 ORDER BY seq`, [productId])
    ).map((r: { event_type: string; envelope: { payload: Record<string, unknown> } }) => ({
      type: r.event_type,
      payload: r.envelope.payload,
    }));

  it('keeps each sitting of a level: a council re-convened after no quorum is a new row, and results close the latest', async () => {
    const { context } = await certifiedProduct();
    const record = (sequence: number, step: Parameters<typeof activities.recordOcopStep>[0]['step']) =>
      activities.recordOcopStep({ ...context(sequence), actor: null, step });
    const opened = (sequence: number, ids: string[]) =>
      record(sequence, {
        kind: 'COUNCIL_OPENED',
        level: 'PROVINCE',
        members: ids.map((userId) => ({ userId, name: `Thành viên ${userId}` })),
        quorum: 2,
        templateId: 'ocop-1489-2025/FOOD-3c',
      });
    const noQuorum = {
      outcome: 'QUORUM_NOT_REACHED' as const,
      sheetsCounted: 1,
      quorum: 2,
      averageTotal: null,
      partAverages: null,
      bandStars: null,
      stars: null,
      failedMandatory: [],
      nextStar: null,
      routing: { kind: 'QUORUM_NOT_REACHED' as const, sheetsCounted: 1, quorum: 2 },
      explanation: [{ vi: 'Không đủ số phiếu', en: 'No quorum' }],
    };
    await opened(1, ['hd-1', 'hd-2', 'hd-3']);
    await record(2, { kind: 'LEVEL_RESULT', level: 'PROVINCE', result: noQuorum });
    await opened(3, ['hd-4', 'hd-5', 'hd-6']);
    await opened(3, ['hd-4', 'hd-5', 'hd-6']); // a retried step writes nothing twice
    const sittings = await db.query(
      `SELECT c.sitting, c.status, array_agg(m.member_id ORDER BY m.member_id) AS members FROM ocop.councils c
       JOIN ocop.council_members m ON m.council_id = c.id WHERE c.evaluation_id = $1 GROUP BY c.id ORDER BY c.sitting`,
      [context(1).evaluationId],
    );
    expect(sittings).toEqual([
      { sitting: 1, status: 'CLOSED', members: ['hd-1', 'hd-2', 'hd-3'] },
      { sitting: 2, status: 'OPEN', members: ['hd-4', 'hd-5', 'hd-6'] },
    ]);
  });

  it('issues one certificate however often the activity is retried, then marks it expiring and expired', async () => {
    const { productId, context, certificate } = await certifiedProduct();
    const first = await activities.issueOcopCertificate(certificate);
    const retried = await activities.issueOcopCertificate(certificate);
    expect(retried).toEqual(first);
    expect(first.certificateNumber).toMatch(/^OCOP-DN-2026-\d{6}$/);

    const step = (sequence: number, kind: 'CERTIFICATE_EXPIRING' | 'CERTIFICATE_EXPIRED') =>
      activities.recordOcopStep({
        ...context(sequence),
        actor: null,
        step: { kind, certificateNumber: first.certificateNumber },
      });
    await step(6, 'CERTIFICATE_EXPIRING');
    await step(6, 'CERTIFICATE_EXPIRING');
    const [{ status: expiring }] = await db.query(`SELECT status FROM ocop.certificates WHERE number = $1`, [
      first.certificateNumber,
    ]);
    expect(expiring).toBe('EXPIRING');
    await step(7, 'CERTIFICATE_EXPIRED');

    const events = await outboxOf(productId);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'OcopCertificateIssued',
      'OcopCertificateExpiring',
      'OcopCertificateExpired',
    ]);
    expect(events[1].payload).toEqual({
      productId,
      evaluationId: certificate.evaluationId,
      certificateNumber: first.certificateNumber,
      stars: 4,
      expiryDate: '2029-01-20',
      productName: 'Hạt điều rang muối',
      subjectName: 'Công ty TNHH Hạt điều Bình Phước',
      holderId: 'owner-1',
      remindedAt: '2026-01-20T03:00:00.000Z',
    });
    const [row] = await db.query(
      `SELECT c.status, e.stage FROM ocop.certificates c JOIN ocop.evaluations e ON e.id = c.evaluation_id WHERE c.number = $1`,
      [first.certificateNumber],
    );
    expect(row).toEqual({ status: 'EXPIRED', stage: 'CERTIFIED' });
  });
});
