import type { WorkingDayCalendar } from '@kc/domain';
import { workingDaysElapsed } from '../read-model/working-time';

/** A Vietnamese working day counts 8 working hours (7:30–11:30, 13:00–17:00). */
export const WORKING_HOURS_PER_DAY = 8;

/**
 * Working hours between two instants: the share of Vietnamese working days in between, at 8 hours a day
 * (a weekend or a public holiday adds none), so "no progress for 8 working hours" means a working day.
 */
export function workingHoursBetween(calendar: WorkingDayCalendar, fromMs: number, toMs: number): number {
  return workingDaysElapsed(calendar, fromMs, toMs) * WORKING_HOURS_PER_DAY;
}

/** What a running workflow is waiting for, from Temporal's description of it. */
export interface Outstanding {
  pendingActivities: number;
  pendingChildren: number;
  /** A workflow task scheduled or failing (a worker down, a workflow code error). */
  workflowTaskPending: boolean;
}

/**
 * A workflow with nothing outstanding on the machine side sleeps on a signal (a person's task: an officer,
 * the applicant, a council) or on a timer (a deadline): not stuck, however long it waits. One with an
 * activity, a child workflow or a workflow task outstanding is waiting on machines, and should move.
 */
export const waitingOnPerson = (o: Outstanding) =>
  o.pendingActivities === 0 && o.pendingChildren === 0 && !o.workflowTaskPending;

/** A protobuf timestamp as milliseconds (its seconds may be a Long, a number or a string). */
export const timestampMs = (
  t: { seconds?: { toString(): string } | null; nanos?: number | null } | null | undefined,
) =>
  t?.seconds === undefined || t.seconds === null
    ? null
    : Number(t.seconds.toString()) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
