import type { EntityManager } from 'typeorm';
import { budgetWaitlistOrderOn, grantFromWaitlist, vietnamDate, type WaitingDossier } from '@kc/domain';

/** One programme's budget for one year: the row every change of its reservations locks first. */
export interface BudgetKey {
  programCode: string;
  year: number;
}

/**
 * Locks the budget row and answers what it has left (total − reserved), or undefined when no budget is
 * set. Every path that takes or frees money locks this row first, so they run one after the other and
 * always in the same lock order (no deadlock between a release and a grant).
 */
export async function lockAvailable(m: EntityManager, k: BudgetKey): Promise<number | undefined> {
  const [budget] = (await m.query(
    `SELECT total_vnd::text FROM appraisals.program_budgets WHERE program_code = $1 AND year = $2 FOR UPDATE`,
    [k.programCode, k.year],
  )) as { total_vnd: string }[];
  if (!budget) return undefined;
  const [{ held }] = (await m.query(
    `SELECT coalesce(sum(amount_vnd), 0)::text AS held FROM appraisals.budget_reservations
      WHERE program_code = $1 AND year = $2 AND status = 'RESERVED'`,
    [k.programCode, k.year],
  )) as { held: string }[];
  return Number(BigInt(budget.total_vnd) - BigInt(held));
}

/** The dossiers waiting for this budget, in order of approval (the order they are funded in). */
export async function waitingInOrder(m: EntityManager, k: BudgetKey): Promise<WaitingDossier[]> {
  const rows = (await m.query(
    `SELECT application_id, amount_vnd::text FROM appraisals.budget_reservations
      WHERE program_code = $1 AND year = $2 AND status = 'WAITLISTED' ORDER BY requested_at, application_id`,
    [k.programCode, k.year],
  )) as { application_id: string; amount_vnd: string }[];
  return rows.map((r) => ({ applicationId: r.application_id, amountVnd: Number(r.amount_vnd) }));
}

/** The wait-list order in force now (from the rule pack; strict order of approval unless it says otherwise). */
export const orderInForce = () => budgetWaitlistOrderOn(vietnamDate(new Date()));

/**
 * The one place freed money is handed out: under the budget's lock, the waiting dossiers it now funds
 * (in the rule pack's order) are reserved, and only they are answered, for their workflows to be woken.
 * A dossier's workflow never takes its turn by itself.
 */
export async function grantInOrder(m: EntityManager, k: BudgetKey): Promise<string[]> {
  const available = await lockAvailable(m, k);
  if (available === undefined) return [];
  const granted = grantFromWaitlist(available, await waitingInOrder(m, k), orderInForce());
  if (granted.length > 0)
    await m.query(
      `UPDATE appraisals.budget_reservations SET status = 'RESERVED', updated_at = now()
        WHERE application_id = ANY($1::uuid[]) AND status = 'WAITLISTED'`,
      [granted],
    );
  return granted;
}

/** The programme and year a dossier's reservation belongs to, if it has one. */
export async function keyOf(m: EntityManager, applicationId: string): Promise<BudgetKey | undefined> {
  const [row] = (await m.query(
    `SELECT program_code AS "programCode", year FROM appraisals.budget_reservations WHERE application_id = $1`,
    [applicationId],
  )) as BudgetKey[];
  return row;
}

/**
 * Dossiers funded by the ledger whose workflow has not yet taken the money (still at LEADER_APPROVAL):
 * just granted, or granted earlier while the wake-up could not reach Temporal. Waking them again is
 * harmless (the workflow asks the ledger, which answers reserved once), and a lost wake-up is not final.
 */
export async function unclaimedGrants(m: EntityManager, k: BudgetKey): Promise<string[]> {
  const rows = (await m.query(
    `SELECT r.application_id FROM appraisals.budget_reservations r
       JOIN appraisals.dossiers d ON d.application_id = r.application_id
      WHERE r.program_code = $1 AND r.year = $2 AND r.status = 'RESERVED' AND d.stage = 'LEADER_APPROVAL'
      ORDER BY r.requested_at, r.application_id`,
    [k.programCode, k.year],
  )) as { application_id: string }[];
  return rows.map((r) => r.application_id);
}
