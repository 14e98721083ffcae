import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { BudgetOutcome } from '@kc/domain';

export interface ReservationRequest {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  year: number;
  amountVnd: number;
}

/**
 * Each programme's yearly budget and what approvals hold of it. A reservation is taken under a row lock
 * on the budget, so two approvals can never both take the last money; an approval that does not fit
 * waits (oldest first) until a release or a bigger budget frees enough.
 */
/** Who changes a budget and why (required: a budget is public money). */
export interface BudgetChange {
  actorId: string;
  actorName: string;
  reason: string;
}

@Injectable()
export class BudgetLedger {
  constructor(private readonly dataSource: DataSource) {}

  /** Idempotent per dossier: asking again after a reservation answers `reserved` without taking twice. */
  reserve(r: ReservationRequest): Promise<BudgetOutcome> {
    return this.dataSource.transaction(async (m) => {
      const [budget] = (await m.query(
        `SELECT total_vnd FROM appraisals.program_budgets WHERE program_code = $1 AND year = $2 FOR UPDATE`,
        [r.programCode, r.year],
      )) as { total_vnd: string }[];
      const [existing] = (await m.query(`SELECT status FROM appraisals.budget_reservations WHERE application_id = $1`, [
        r.applicationId,
      ])) as { status: string }[];
      if (existing?.status === 'RESERVED') return { reserved: true, year: r.year };
      const [{ held }] = (await m.query(
        `SELECT coalesce(sum(amount_vnd), 0)::text AS held FROM appraisals.budget_reservations
          WHERE program_code = $1 AND year = $2 AND status = 'RESERVED'`,
        [r.programCode, r.year],
      )) as { held: string }[];
      const fits = budget !== undefined && BigInt(budget.total_vnd) - BigInt(held) >= BigInt(r.amountVnd);
      await m.query(
        `INSERT INTO appraisals.budget_reservations (application_id, dossier_code, program_code, year, amount_vnd, status)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (application_id) DO UPDATE SET status = EXCLUDED.status, amount_vnd = EXCLUDED.amount_vnd, updated_at = now()`,
        [r.applicationId, r.dossierCode, r.programCode, r.year, r.amountVnd, fits ? 'RESERVED' : 'WAITLISTED'],
      );
      return { reserved: fits, year: r.year };
    });
  }

  /** Gives a dossier's reservation back; answers the dossiers now waiting in that programme and year. */
  async release(m: EntityManager, applicationId: string): Promise<string[]> {
    const [rows] = (await m.query(
      `UPDATE appraisals.budget_reservations SET status = 'RELEASED', updated_at = now()
        WHERE application_id = $1 AND status = 'RESERVED' RETURNING program_code, year`,
      [applicationId],
    )) as [{ program_code: string; year: number }[], number];
    if (rows.length === 0) return [];
    return this.waiting(m, rows[0]!.program_code, rows[0]!.year);
  }

  /** A dossier that ended while on the wait-list leaves it. */
  async dropWaiting(m: EntityManager, applicationId: string): Promise<void> {
    await m.query(
      `UPDATE appraisals.budget_reservations SET status = 'DROPPED', updated_at = now()
        WHERE application_id = $1 AND status = 'WAITLISTED'`,
      [applicationId],
    );
  }

  async waiting(m: EntityManager, programCode: string, year: number): Promise<string[]> {
    const rows = (await m.query(
      `SELECT application_id FROM appraisals.budget_reservations
        WHERE program_code = $1 AND year = $2 AND status = 'WAITLISTED' ORDER BY requested_at, application_id`,
      [programCode, year],
    )) as { application_id: string }[];
    return rows.map((r) => r.application_id);
  }

  /**
   * Sets a programme's budget for a year (a leader's decision), recording who changed it, from what, to
   * what and why in the same transaction; answers the dossiers that may now fit.
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
      return this.waiting(m, programCode, year);
    });
  }

  /** A budget's changes, newest first. */
  async changes(programCode: string, year: number) {
    const rows = (await this.dataSource.query(
      `SELECT changed_by, changed_by_name, before_vnd::text, after_vnd::text, reason, changed_at
         FROM appraisals.budget_changes WHERE program_code = $1 AND year = $2 ORDER BY id DESC`,
      [programCode, year],
    )) as {
      changed_by: string;
      changed_by_name: string;
      before_vnd: string | null;
      after_vnd: string;
      reason: string;
      changed_at: Date;
    }[];
    return rows.map((r) => ({
      changedBy: r.changed_by,
      changedByName: r.changed_by_name,
      beforeVnd: r.before_vnd === null ? null : Number(r.before_vnd),
      afterVnd: Number(r.after_vnd),
      reason: r.reason,
      changedAt: r.changed_at,
    }));
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
    )) as { program_code: string; year: number; total_vnd: string; reserved_vnd: string; waiting: number }[];
    return rows.map((r) => ({
      programCode: r.program_code,
      year: r.year,
      totalVnd: Number(r.total_vnd),
      reservedVnd: Number(r.reserved_vnd),
      availableVnd: Number(r.total_vnd) - Number(r.reserved_vnd),
      waiting: r.waiting,
    }));
  }
}
