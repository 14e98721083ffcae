import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { grantFromWaitlist, type BudgetOutcome } from '@kc/domain';
import { grantInOrder, keyOf, lockAvailable, orderInForce, unclaimedGrants, waitingInOrder } from './budget-queue';
import type { BudgetChange, ReservationRequest } from './budget-requests';
import { budgetOverviewView, type BudgetOverviewRow } from './budget-overview-view';
import { budgetChangeView, type BudgetChangeRow } from './budget-change-view';

/**
 * Each programme's yearly budget and what approvals hold of it. Every change is made under a row lock
 * on the budget, so two approvals can never both take the last money. An approval that does not fit
 * joins the wait-list; freed money is handed out only by `grantInOrder` (approval order, the rule
 * pack's policy), and the dossiers it funds are answered so their workflows can be woken.
 */
@Injectable()
export class BudgetLedger {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Idempotent per dossier: asking again answers what the ledger holds (reserved, or still waiting) and
   * never takes a waiting dossier's turn out of order. A new approval is funded only if it would be
   * funded after everyone already waiting (strict order: only when nobody waits ahead of it).
   */
  reserve(r: ReservationRequest): Promise<BudgetOutcome> {
    return this.dataSource.transaction(async (m) => {
      const available = await lockAvailable(m, r);
      const [existing] = (await m.query(`SELECT status FROM appraisals.budget_reservations WHERE application_id = $1`, [
        r.applicationId,
      ])) as { status: string }[];
      if (existing?.status === 'RESERVED' || existing?.status === 'WAITLISTED')
        return { reserved: existing.status === 'RESERVED', year: r.year };
      const queue = [...(await waitingInOrder(m, r)), { applicationId: r.applicationId, amountVnd: r.amountVnd }];
      const fits =
        available !== undefined && grantFromWaitlist(available, queue, orderInForce()).includes(r.applicationId);
      await m.query(
        `INSERT INTO appraisals.budget_reservations (application_id, dossier_code, program_code, year, amount_vnd, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (application_id) DO UPDATE SET status = EXCLUDED.status, amount_vnd = EXCLUDED.amount_vnd,
           requested_at = now(), updated_at = now()`,
        [r.applicationId, r.dossierCode, r.programCode, r.year, r.amountVnd, fits ? 'RESERVED' : 'WAITLISTED'],
      );
      return { reserved: fits, year: r.year };
    });
  }

  /** Gives a dossier's reservation back; answers the waiting dossiers the freed money now funds. */
  release(m: EntityManager, applicationId: string): Promise<string[]> {
    return this.free(m, applicationId, `status = 'RESERVED'`, `'RELEASED'`);
  }

  /**
   * A dossier that ended while the workflow believed it waited leaves the ledger: off the wait-list, or
   * giving back a grant made before its workflow took it. Those behind it may now be funded.
   */
  leave(m: EntityManager, applicationId: string): Promise<string[]> {
    return this.free(
      m,
      applicationId,
      `status IN ('WAITLISTED', 'RESERVED')`,
      `CASE status WHEN 'WAITLISTED' THEN 'DROPPED' ELSE 'RELEASED' END`,
    );
  }

  /** Place in the wait-list (1 = funded next), or null when the dossier no longer waits. */
  async positionOf(m: EntityManager, applicationId: string): Promise<number | null> {
    const key = await keyOf(m, applicationId);
    const queue = key ? await waitingInOrder(m, key) : [];
    const at = queue.findIndex((d) => d.applicationId === applicationId);
    return at < 0 ? null : at + 1;
  }

  private async free(m: EntityManager, applicationId: string, which: string, to: string): Promise<string[]> {
    const key = await keyOf(m, applicationId);
    if (!key) return [];
    await lockAvailable(m, key); // the budget's lock first, as every other change of it
    const rows = (await m.query(
      `WITH r AS (UPDATE appraisals.budget_reservations SET status = ${to}, updated_at = now()
                   WHERE application_id = $1 AND ${which} RETURNING 1) SELECT count(*)::int AS n FROM r`,
      [applicationId],
    )) as { n: number }[];
    return rows[0]!.n > 0 ? grantInOrder(m, key) : [];
  }

  /**
   * Sets a programme's budget for a year (a leader's decision), recording who changed it, from what, to
   * what and why in the same transaction; answers the dossiers to wake: those a bigger budget now funds,
   * and any funded earlier whose workflow has not yet taken the money.
   */
  setBudget(programCode: string, year: number, totalVnd: number, change: BudgetChange): Promise<string[]> {
    return this.dataSource.transaction(async (m) => {
      const before = (await m.query(
        `SELECT total_vnd::text FROM appraisals.program_budgets WHERE program_code = $1 AND year = $2 FOR UPDATE`,
        [programCode, year],
      )) as { total_vnd: string }[];
      await m.query(
        `INSERT INTO appraisals.program_budgets (program_code, year, total_vnd) VALUES ($1, $2, $3)
         ON CONFLICT (program_code, year) DO UPDATE SET total_vnd = EXCLUDED.total_vnd, updated_at = now()`,
        [programCode, year, totalVnd],
      );
      await m.query(
        `INSERT INTO appraisals.budget_changes (program_code, year, changed_by, changed_by_name, before_vnd, after_vnd, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [programCode, year, change.actorId, change.actorName, before[0]?.total_vnd ?? null, totalVnd, change.reason],
      );
      await grantInOrder(m, { programCode, year });
      return unclaimedGrants(m, { programCode, year });
    });
  }

  /** A budget's changes, newest first. */
  async changes(programCode: string, year: number) {
    const rows = (await this.dataSource.query(
      `SELECT changed_by, changed_by_name, before_vnd::text, after_vnd::text, reason, changed_at
         FROM appraisals.budget_changes WHERE program_code = $1 AND year = $2 ORDER BY id DESC`,
      [programCode, year],
    )) as BudgetChangeRow[];
    return rows.map(budgetChangeView);
  }

  /** Every budget (of one year, of one programme, when given) with what is reserved and how many dossiers wait. */
  async overview(year?: number, programCode?: string) {
    const rows = (await this.dataSource.query(
      `SELECT b.program_code, b.year, b.total_vnd::text,
              coalesce(sum(r.amount_vnd) FILTER (WHERE r.status = 'RESERVED'), 0)::text AS reserved_vnd,
              count(r.*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waiting
         FROM appraisals.program_budgets b
         LEFT JOIN appraisals.budget_reservations r ON r.program_code = b.program_code AND r.year = b.year
        WHERE ($1::int IS NULL OR b.year = $1) AND ($2::text IS NULL OR b.program_code = $2)
        GROUP BY b.program_code, b.year, b.total_vnd ORDER BY b.year DESC, b.program_code`,
      [year ?? null, programCode ?? null],
    )) as BudgetOverviewRow[];
    return rows.map(budgetOverviewView);
  }
}
