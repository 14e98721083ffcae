// What `npm run chaos` checks once the faults are over and the system has settled: every dossier at the
// stage its driver took it to in every service (lost: a dossier, task, workflow or reservation missing or
// behind), and nothing twice (duplicated: a task, notification, budget reservation or workflow).
import { Connection, Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { TemporalNamespaces, WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { STAGES } from './drive-dossiers';

export interface Dossier {
  id: string;
  /** How many stages the driver moved it past (STAGES.length: all of them). */
  target: number;
}

export interface Findings {
  lost: string[];
  duplicated: string[];
  counts: Record<string, number>;
}

const expectedStage = (target: number) => STAGES[target]?.stage ?? 'COMPLETED';
type Row = Record<string, string>;

/** Each dossier's stage as each service holds it, and its open task stages. */
async function stagesBy(db: DataSource): Promise<Map<string, Row>> {
  const rows = (await db.query(`
    SELECT a.id::text AS id, a.status, a.stage AS applications, p.stage AS appraisals, c.stage AS operations,
           (SELECT string_agg(DISTINCT t.stage, ',') FROM appraisals.tasks t
             WHERE t.application_id = a.id AND t.status = 'OPEN') AS open_tasks,
           (SELECT string_agg(DISTINCT n.stage, ',') FROM notifications.tasks n
             WHERE n.application_id = a.id AND n.completed_at IS NULL) AS notified_open_tasks,
           (SELECT status FROM appraisals.budget_reservations r WHERE r.application_id = a.id) AS budget
      FROM applications.dossiers a
      LEFT JOIN appraisals.dossiers p ON p.application_id = a.id
      LEFT JOIN operations.cases c ON c.case_id = a.id::text`)) as Row[];
  return new Map(rows.map((r) => [r.id!, r]));
}

/** Lost: any service that does not show the dossier where its driver left it. */
function lostOf(dossiers: Dossier[], seen: Map<string, Row>): string[] {
  const lost: string[] = [];
  for (const d of dossiers) {
    const row = seen.get(d.id);
    const stage = expectedStage(d.target);
    const open = d.target < STAGES.length ? stage : null;
    const wrong = (what: string, value: string | null | undefined) =>
      lost.push(`${d.id}: ${what} ${value ?? 'missing'}, expected ${stage}`);
    if (!row) {
      lost.push(`${d.id}: dossier missing`);
      continue;
    }
    for (const service of ['applications', 'appraisals', 'operations'])
      if (row[service] !== stage) wrong(`${service} stage`, row[service]);
    if ((row.open_tasks ?? null) !== open) wrong('open tasks', row.open_tasks);
    if ((row.notified_open_tasks ?? null) !== open) wrong('notifications open tasks', row.notified_open_tasks);
    const approved = d.target > STAGES.findIndex((s) => s.stage === 'LEADER_APPROVAL');
    if (approved !== (row.budget !== null && row.budget !== undefined && row.budget !== 'WAITLISTED'))
      wrong('budget reservation', row.budget);
  }
  return lost;
}

const DUPLICATE_QUERIES: Record<string, string> = {
  'appraisals task': `SELECT application_id::text AS id, stage || ' ' || coalesce(assignee_id, '') AS what, count(*)::int AS n
      FROM appraisals.tasks GROUP BY 1, 2 HAVING count(*) > 1`,
  'notifications task': `SELECT application_id::text AS id, stage || ' ' || coalesce(assignee_id, '') AS what, count(*)::int AS n
      FROM notifications.tasks GROUP BY 1, 2 HAVING count(*) > 1`,
  // the same message to the same person about the same dossier, under two event ids
  'inbox notification': `SELECT application_id::text AS id, recipient_id || ' ' || template_key || ' ' || subject AS what, count(*)::int AS n
      FROM notifications.inbox_items GROUP BY application_id, recipient_id, template_key, subject, body HAVING count(*) > 1`,
  'notification delivery': `SELECT application_id::text AS id, recipient_id || ' ' || channel || ' ' || template_key AS what, count(*)::int AS n
      FROM notifications.deliveries GROUP BY application_id, recipient_id, channel, template_key, content HAVING count(*) > 1`,
  'budget reservation': `SELECT application_id::text AS id, status AS what, count(*)::int AS n
      FROM appraisals.budget_reservations GROUP BY 1, 2 HAVING count(*) > 1`,
  'applications timeline entry': `SELECT dossier_id::text AS id, kind || ' ' || coalesce(stage, '') AS what, count(*)::int AS n
      FROM applications.timeline GROUP BY dossier_id, kind, stage, label_vi, note HAVING count(*) > 1`,
};

async function duplicatesIn(db: DataSource): Promise<string[]> {
  const found: string[] = [];
  for (const [kind, sql] of Object.entries(DUPLICATE_QUERIES)) {
    const rows = (await db.query(sql).catch((e: Error) => [{ id: '-', what: `query failed: ${e.message}`, n: 0 }])) as {
      id: string;
      what: string;
      n: number;
    }[];
    found.push(...rows.map((r) => `${kind} ×${r.n}: ${r.id} ${r.what}`));
  }
  return found;
}

/** Every dossier's workflow: one execution (no second run), completed exactly when the dossier is. */
async function workflowFindings(address: string, dossiers: Dossier[]) {
  const connection = await Connection.connect({ address });
  const lost: string[] = [];
  const duplicated: string[] = [];
  let executions = 0;
  try {
    const client = new Client({ connection, namespace: TemporalNamespaces.app });
    const runs = new Map<string, string[]>();
    for await (const w of client.workflow.list({ query: `WorkflowType = '${WorkflowTypes.supportRequest}'` })) {
      executions++;
      runs.set(w.workflowId, [...(runs.get(w.workflowId) ?? []), w.status.name]);
    }
    for (const d of dossiers) {
      const statuses = runs.get(WorkflowIds.supportRequest(d.id)) ?? [];
      const expected = d.target === STAGES.length ? 'COMPLETED' : 'RUNNING';
      if (statuses.length > 1) duplicated.push(`workflow ×${statuses.length}: ${d.id} ${statuses.join(',')}`);
      if (!statuses.includes(expected))
        lost.push(`${d.id}: workflow ${statuses.join(',') || 'missing'}, expected ${expected}`);
    }
  } finally {
    await connection.close();
  }
  return { lost, duplicated, executions };
}

/** Rows per service, so the summary shows that they reconcile. */
async function countsIn(db: DataSource): Promise<Record<string, number>> {
  const [row] = (await db.query(`SELECT
      (SELECT count(*) FROM applications.dossiers WHERE status <> 'DRAFT')::int AS "applications: submitted dossiers",
      (SELECT count(*) FROM appraisals.dossiers)::int AS "appraisals: dossiers",
      (SELECT count(*) FROM operations.cases)::int AS "operations: cases",
      (SELECT count(DISTINCT application_id) FROM notifications.dossier_applicants)::int AS "notifications: dossiers known",
      (SELECT count(*) FROM appraisals.tasks)::int AS "appraisals: tasks",
      (SELECT count(*) FROM notifications.tasks)::int AS "notifications: tasks",
      (SELECT count(*) FROM notifications.inbox_items)::int AS "notifications: inbox items",
      (SELECT count(*) FROM notifications.deliveries)::int AS "notifications: deliveries",
      (SELECT count(*) FROM appraisals.budget_reservations)::int AS "appraisals: budget reservations"`)) as Record<
    string,
    number
  >[];
  return row ?? {};
}

export async function verify(db: DataSource, temporalAddress: string, dossiers: Dossier[]): Promise<Findings> {
  const lost = lostOf(dossiers, await stagesBy(db));
  const duplicated = await duplicatesIn(db);
  const workflows = await workflowFindings(temporalAddress, dossiers);
  const counts: Record<string, number> = {
    ...(await countsIn(db)),
    'temporal: support-request workflow executions': workflows.executions,
  };
  const n = dossiers.length;
  for (const key of [
    'applications: submitted dossiers',
    'appraisals: dossiers',
    'operations: cases',
    'notifications: dossiers known',
  ])
    if (counts[key] !== n) lost.push(`${key}: ${counts[key]}, expected ${n}`);
  if (counts['appraisals: tasks'] !== counts['notifications: tasks'])
    lost.push(`tasks: appraisals ${counts['appraisals: tasks']}, notifications ${counts['notifications: tasks']}`);
  return { lost: [...lost, ...workflows.lost], duplicated: [...duplicated, ...workflows.duplicated], counts };
}

/** Whether the system has caught up: the last check agrees with the one before and nothing is lost. */
export async function settle(
  db: DataSource,
  temporalAddress: string,
  dossiers: Dossier[],
  ms: number,
): Promise<Findings> {
  const end = Date.now() + ms;
  for (;;) {
    const findings = await verify(db, temporalAddress, dossiers).catch((e: Error) => ({
      lost: [`check failed: ${e.message}`],
      duplicated: [],
      counts: {},
    }));
    if (findings.lost.length === 0 || Date.now() > end) return findings;
    await new Promise((r) => setTimeout(r, 5000));
  }
}
