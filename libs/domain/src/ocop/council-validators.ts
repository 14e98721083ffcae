// The council's rules as ocopEvaluationWorkflow's Update validators apply them: pure domain rules (no
// Temporal API), next to the approval's stage rules. The closed council's result is in council-result.ts.
import type { OcopActor, OcopCouncilMember, OcopCouncilMemberState, OcopCouncilState } from './council-state';
import { ocopRefusals, refusal } from './council-refusals';
import { scoreSheet } from './score-sheet';
import type { ScoreTemplate } from './score-template';

export const APPRAISER_ROLE = 'DEPARTMENT_APPRAISER';

export function requireAppraiser(actor: OcopActor): void {
  if (!actor.roles.includes(APPRAISER_ROLE)) throw refusal(ocopRefusals.appraiserOnly);
}

/** The 1489 commune report: written by the product's commune officer, or by a Department appraiser. */
export function requireCommuneReporter(actor: OcopActor, productUnitCode: string): void {
  const isAppraiser = actor.roles.includes(APPRAISER_ROLE);
  if (!isAppraiser && !actor.roles.includes('LOCAL_OFFICER')) throw refusal(ocopRefusals.communeOfficerOnly);
  if (!isAppraiser && actor.unitCode !== productUnitCode) throw refusal(ocopRefusals.otherCommune);
}

export function requireValidMembers(members: readonly OcopCouncilMember[]): void {
  const ids = new Set(members.map((m) => m.userId));
  if (members.length === 0 || ids.size !== members.length || members.some((m) => !m.userId || !m.name))
    throw refusal(ocopRefusals.badMembers);
}

/** Shortest reason an appraiser may give for abandoning a round (the API checks the same). */
export const ABANDON_REASON_MIN_LENGTH = 10;

/** Abandoning a round is recorded with its reason, for the holder and for the audit. */
export function requireAbandonReason(reason: unknown): void {
  if (typeof reason !== 'string' || reason.trim().length < ABANDON_REASON_MIN_LENGTH)
    throw refusal(ocopRefusals.abandonReasonRequired(ABANDON_REASON_MIN_LENGTH));
}

/** The caller's seat in the sitting council, or a refusal. */
export function seatOf(council: OcopCouncilState | undefined, actor: OcopActor): OcopCouncilMemberState {
  if (!council) throw refusal(ocopRefusals.councilNotSitting);
  if (council.status !== 'OPEN') throw refusal(ocopRefusals.councilClosed);
  const seat = council.members.find((m) => m.userId === actor.userId);
  if (!seat) throw refusal(ocopRefusals.notInCouncil);
  return seat;
}

/** Checks a sheet the way the API does; returns the scored sheet so the handler stores what was checked. */
export function checkSheet(template: ScoreTemplate, seat: OcopCouncilMemberState, answers: Record<string, unknown>) {
  if (seat.conflict === null) throw refusal(ocopRefusals.declareFirst);
  if (seat.conflict) throw refusal(ocopRefusals.conflicted);
  const scored = scoreSheet(template, answers);
  if (!scored.ok) throw refusal(ocopRefusals.invalidSheet(scored.problems.map((p) => p.criterionCode).join(', ')));
  return scored;
}

/** Every member has either declared a conflict or handed in a sheet: nothing more can come. */
export function everyoneDone(council: OcopCouncilState): boolean {
  return council.members.every((m) => m.conflict === true || m.sheet !== null);
}
