import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type WorkflowClient } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { ocopPackForRegistration } from '@kc/domain';
import { OutboxWriter } from '@kc/messaging';
import type { OcopCouncilMember, OcopEvaluationInput } from '@kc/workflows';

/** Fixed ids, so `npm start` seeds the demo once however often it runs. */
export const demoOcopIds = {
  subjectId: '0c0b0000-0000-4000-8000-000000000001',
  productId: '0c0b0000-0000-4000-8000-000000000002',
  evaluationId: '0c0b0000-0000-4000-8000-000000000003',
};

export interface DemoOcopOptions {
  /** The demo applicant's account id: the subject is theirs, so they see the product and its result. */
  applicantId: string | null;
  /** The demo council members' accounts. */
  members: readonly OcopCouncilMember[];
  taskQueue: string;
  topicPrefix?: string;
  ids?: typeof demoOcopIds;
}

const REGISTERED_ON = '2025-09-15'; // under QĐ 1489: commune report, then the provincial council
/** What the rows, the registration event and the workflow input all say about the demo product. */
const demo = {
  subjectName: 'Hợp tác xã Nông nghiệp Xuân Lộc',
  subjectKind: 'COOPERATIVE',
  productName: 'Bánh tráng phơi sương Xuân Lộc',
  groupCode: 'FOOD',
  subgroupCode: 'FOOD-3b',
  unitCode: 'X-XUAN-LOC',
} as const;

/**
 * A demo OCOP subject and product, and its first evaluation round: the commune's report came with the
 * dossier, so the provincial council (the demo council members) can declare and score at once through
 * the API. Rows that exist are kept; the workflow id refuses a second start even after it has finished.
 */
export async function seedDemoOcop(dataSource: DataSource, client: WorkflowClient, options: DemoOcopOptions) {
  const ids = options.ids ?? demoOcopIds;
  const pack = ocopPackForRegistration(REGISTERED_ON);
  const workflowId = WorkflowIds.ocopEvaluation(ids.productId, 1);
  const outbox = new OutboxWriter('ocop', 'ocop', options.topicPrefix ?? '');
  const created = await dataSource.transaction(async (m) => {
    await m.query(
      `INSERT INTO ocop.subjects (id, kind, name, tax_code, address, unit_code, owner_id, created_by)
       VALUES ($1, $2, $3, '3601234567', 'Ấp Bảo Định, xã Xuân Lộc, tỉnh Đồng Nai', $4, $5, 'seed')
       ON CONFLICT (id) DO NOTHING`,
      [ids.subjectId, demo.subjectKind, demo.subjectName, demo.unitCode, options.applicantId],
    );
    const documents = ['REGISTRATION_FORM', 'BUSINESS_PLAN', 'ORGANISATION_FORM', 'LICENCE_COPY', 'SAMPLES'].map(
      (kind) => ({ kind, fileName: `${kind.toLowerCase().replace(/_/g, '-')}.pdf` }),
    );
    const product: unknown[] = await m.query(
      `INSERT INTO ocop.products (id, subject_id, name, group_code, subgroup_code, unit_code, documents, registered_on, pack_id, registered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'seed')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        ids.productId,
        ids.subjectId,
        demo.productName,
        demo.groupCode,
        demo.subgroupCode,
        demo.unitCode,
        JSON.stringify(documents),
        REGISTERED_ON,
        pack.id,
      ],
    );
    if (product.length === 0) return false;
    await m.query(
      `INSERT INTO ocop.evaluations (id, product_id, round, workflow_id, pack_id, stage, started_by)
       VALUES ($1, $2, 1, $3, $4, 'IN_PROGRESS', 'seed')`,
      [ids.evaluationId, ids.productId, workflowId, pack.id],
    );
    await outbox.publish(m, {
      type: 'OcopProductRegistered',
      aggregateId: ids.productId,
      actor: { kind: 'system', id: 'seed' },
      payload: {
        ...demo,
        productId: ids.productId,
        subjectId: ids.subjectId,
        registeredOn: REGISTERED_ON,
        packId: pack.id,
        documentCodes: documents.map((d) => d.kind),
        registeredAt: new Date().toISOString(),
      },
    });
    return true;
  });
  const input: OcopEvaluationInput = {
    evaluationId: ids.evaluationId,
    productId: ids.productId,
    round: 1,
    packId: pack.id,
    subgroupCode: demo.subgroupCode,
    productName: demo.productName,
    subjectName: demo.subjectName,
    unitCode: demo.unitCode,
    council: options.members,
    communeReport: {
      by: 'seed',
      summary:
        'UBND xã Xuân Lộc: nguyên liệu gạo và lao động tại địa phương, ý tưởng sản phẩm của hợp tác xã, bí quyết phơi sương truyền thống.',
    },
  };
  // Councils on record mean the demo round already ran: a second workflow would find them and stall.
  const [{ councils }] = await dataSource.query(
    `SELECT count(*)::int AS councils FROM ocop.councils WHERE evaluation_id = $1`,
    [ids.evaluationId],
  );
  if (councils > 0) return { created, started: false, productId: ids.productId, evaluationId: ids.evaluationId };
  let started = false;
  try {
    await client.start(WorkflowTypes.ocopEvaluation, {
      taskQueue: options.taskQueue,
      workflowId,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    started = true;
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  return { created, started, productId: ids.productId, evaluationId: ids.evaluationId };
}
