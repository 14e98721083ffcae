import type { Stage } from '@kc/contracts';
import { approvalProcedure, vietnamDate, type RulePack, type WorkingDayCalendar } from '@kc/domain';

/** The last instant of a Vietnam calendar day: a deadline "within N working days" runs to the day's end. */
export function endOfVietnamDay(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59.999+07:00`).toISOString();
}

/** Working-day deadlines of a rule pack on one calendar (every date is a Vietnam calendar day). */
export class StageDeadlines {
  constructor(private readonly calendar: WorkingDayCalendar) {}

  /** When the stage entered at `at` is due, or null when the pack gives it no deadline. */
  stageDue(pack: RulePack, stage: string, at: Date): string | null {
    const days = pack.stageDeadlineDays[stage as Stage];
    return days ? this.after(at, days) : null;
  }

  /** Last moment for the applicant's supplement. */
  supplementDue(pack: RulePack, at: Date): string {
    return this.after(at, pack.supplementDeadlineDays);
  }

  /** A deadline pushed back by `days` working days. */
  extended(dueAt: string, days: number): string {
    return this.after(new Date(dueAt), days);
  }

  /**
   * The new expected result date told to the applicant when a stage is overdue (Form 04): the time of
   * the overdue stage again plus the stages still ahead, counted from today.
   */
  newExpectedDate(pack: RulePack, stage: string, at: Date): string {
    const decisionPath = approvalProcedure.toDecision;
    const index = decisionPath.indexOf(stage as Stage);
    const ahead = index < 0 ? [stage as Stage] : decisionPath.slice(index);
    const days = ahead.reduce((sum, s) => sum + (pack.stageDeadlineDays[s] ?? 0), 0);
    return this.calendar.addWorkingDays(vietnamDate(at), Math.max(days, 1));
  }

  private after(at: Date, days: number): string {
    return endOfVietnamDay(this.calendar.addWorkingDays(vietnamDate(at), days));
  }
}
