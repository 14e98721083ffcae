// Takes each dossier of `npm run chaos` to its target stage through the gateway, as the users would (the
// applicant submits, each officer acts on the task in their inbox), while processes die under it. A request
// that fails (refused connection, 502/503, a timeout) is tried again; whether an action already took effect
// is read from the task rows, so an action whose answer was lost is never taken twice on purpose.
import type { DataSource } from 'typeorm';
import { actors, tokenOf, type Actor } from './actors';

interface Step {
  stage: string;
  actor: Actor;
  action: string;
  body: object;
}

/** The stages in order, and what moves a dossier past each one (scripts/demo-approval.ts does the same). */
export const STAGES: readonly { stage: string; steps: Step[] }[] = [
  { stage: 'RECEPTION', steps: [step('RECEPTION', actors.officer, 'accept')] },
  {
    stage: 'LOCAL_REVIEW',
    steps: [step('LOCAL_REVIEW', actors.officer, 'recommend', { supports: true, note: 'Đề nghị hỗ trợ' })],
  },
  {
    stage: 'DEPARTMENT_APPRAISAL',
    steps: [step('DEPARTMENT_APPRAISAL', actors.appraiser, 'propose-amount', { amountVnd: 150_000_000 })],
  },
  {
    stage: 'COUNCIL_REVIEW',
    steps: actors.council.flatMap((m) => [
      step('COUNCIL_REVIEW', m, 'declare-conflict', { hasConflict: false }),
      step('COUNCIL_REVIEW', m, 'vote', { approve: true, note: 'Đồng ý' }),
    ]),
  },
  { stage: 'LEADER_APPROVAL', steps: [step('LEADER_APPROVAL', actors.leader, 'approve')] },
  {
    stage: 'IMPLEMENTATION',
    steps: [step('IMPLEMENTATION', actors.appraiser, 'record-acceptance', { passed: true, note: 'Vận hành tốt' })],
  },
  {
    stage: 'DISBURSEMENT',
    steps: [step('DISBURSEMENT', actors.appraiser, 'record-disbursement', { amountVnd: 150_000_000 })],
  },
];
/** Target n: submitted and moved past the first n stages (n = STAGES.length: every stage done). */
export const TARGETS = STAGES.length + 1;

function step(stage: string, actor: Actor, action: string, body: object = {}): Step {
  return { stage, actor, action, body };
}

export interface DriveStats {
  requests: number;
  retried: number;
  /** 4xx answers other than "already done": kept for the report (a wrong driver or a real refusal). */
  refusals: string[];
}

/** The council's refusals of an action a member already took: its first answer was lost. */
const ALREADY_DONE = /ALREADY_(DECLARED|VOTED)/;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LIMIT_MS = Number(process.env.CHAOS_STEP_TIMEOUT_S ?? 900) * 1000;

export class DossierDriver {
  readonly stats: DriveStats = { requests: 0, retried: 0, refusals: [] };
  constructor(
    private readonly gateway: string,
    private readonly db: DataSource,
  ) {}

  /** Submits the dossier, then takes it through its first `target` stages. */
  async drive(id: string, applicant: Actor, target: number): Promise<void> {
    await this.until(`submit ${id}`, async () => {
      if (await this.submitted(id)) return true;
      await this.post(applicant, `/api/applications/applications/${id}/submit`, {});
      return false;
    });
    for (const { steps } of STAGES.slice(0, target)) for (const s of steps) await this.act(id, s);
  }

  /**
   * Takes one action on the dossier's task at that stage. Done when the gateway accepts it, when the
   * workflow refuses it as already taken (its answer was lost to a fault), or when the actor's task at
   * that stage exists and is no longer open.
   */
  private async act(id: string, s: Step): Promise<void> {
    await this.until(`${s.stage} ${s.action} ${id}`, async () => {
      const tasks = (await this.db.query(
        `SELECT task_id, status FROM appraisals.tasks
          WHERE application_id = $1 AND stage = $2 AND (assignee_id IS NULL OR assignee_id = $3)`,
        [id, s.stage, s.actor.id],
      )) as { task_id: string; status: string }[];
      const open = tasks.find((t) => t.status === 'OPEN');
      if (!open) return tasks.length > 0;
      const answer = await this.post(
        s.actor,
        `/api/appraisals/tasks/${encodeURIComponent(open.task_id)}/${s.action}`,
        s.body,
      );
      return answer.ok || ALREADY_DONE.test(answer.text);
    });
  }

  private async submitted(id: string): Promise<boolean> {
    const [row] = (await this.db.query(`SELECT status FROM applications.dossiers WHERE id = $1`, [id])) as {
      status: string;
    }[];
    return row !== undefined && row.status !== 'DRAFT';
  }

  /** One request; a failure is only counted: the caller's loop reads the state again and decides. */
  private async post(actor: Actor, url: string, body: object): Promise<{ ok: boolean; text: string }> {
    this.stats.requests++;
    try {
      const res = await fetch(`${this.gateway}${url}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await tokenOf(actor)}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (!res.ok) this.stats.retried++;
      if (res.status >= 400 && res.status < 500 && !ALREADY_DONE.test(text))
        this.stats.refusals.push(`${url} → ${res.status} ${text.slice(0, 200)}`);
      return { ok: res.ok, text };
    } catch {
      this.stats.retried++;
      return { ok: false, text: '' };
    }
  }

  /** Repeats `attempt` (which answers whether the step is done) until it is, with a growing pause. */
  private async until(what: string, attempt: () => Promise<boolean>): Promise<void> {
    const end = Date.now() + LIMIT_MS;
    for (let pause = 200; ; pause = Math.min(pause * 1.5, 3000)) {
      if (await attempt().catch(() => false)) return;
      if (Date.now() > end) throw new Error(`gave up after ${LIMIT_MS / 1000} s: ${what}`);
      await sleep(pause);
    }
  }
}
