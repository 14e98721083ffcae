import { templateById } from './criteria-packs';
import { evaluateAssessment } from './evaluate-indicator';
import type { RuralSelfAssessment } from './criteria.types';
import { appraisedOutcome, transitionOf } from './decide-action';
import { ruralProcedureById } from './procedures';
import type {
  RuralAction,
  RuralActionType,
  RuralActor,
  RuralAppraisalState,
  RuralStage,
  RuralStep,
} from './procedure.types';

type Effect<T extends RuralActionType> = (
  s: RuralAppraisalState,
  a: Extract<RuralAction, { type: T }>,
  actor: RuralActor,
) => RuralStep[];

const recorded = (action: RuralActionType, textVi: string, textEn: string): RuralStep => ({
  kind: 'ACTION_RECORDED',
  action,
  textVi,
  textEn,
});

function submitted(s: RuralAppraisalState, assessment: RuralSelfAssessment): RuralStep[] {
  s.evaluation = evaluateAssessment(templateById(s.templateId), assessment);
  s.decisions = {};
  return [{ kind: 'SELF_ASSESSMENT_SUBMITTED', evaluation: s.evaluation }];
}

const proposalOf = (s: RuralAppraisalState, code: string): 'DAT' | 'KHONG_DAT' =>
  s.evaluation?.indicators.find((i) => i.code === code)?.proposal === 'DAT' ? 'DAT' : 'KHONG_DAT';

/** What each action changes besides the stage, and what it records. */
const effects: { [T in RuralActionType]: Effect<T> } = {
  SUBMIT_SELF_ASSESSMENT: (s, a) => submitted(s, a.assessment),
  SUBMIT_SUPPLEMENT: (s, a) => submitted(s, a.assessment),
  VERIFY: (_s, a) => [recorded('VERIFY', `Cấp huyện thẩm tra: ${a.note}`, `District verified: ${a.note}`)],
  RECORD_POWER_CONFIRMATION: (s, a) => {
    s.powerConfirmationRef = a.documentRef;
    return [
      recorded(
        a.type,
        `Công ty Điện lực xác nhận (văn bản ${a.documentRef}).`,
        `Power company confirmed (${a.documentRef}).`,
      ),
    ];
  },
  RECORD_INSPECTION: (s, a) => {
    s.inspection = { minutes: a.minutes, documentRef: a.documentRef };
    return [
      recorded(
        a.type,
        `Biên bản kiểm tra thực tế ${a.documentRef}: ${a.minutes}`,
        `Site inspection minutes ${a.documentRef}.`,
      ),
    ];
  },
  CONFIRM_INDICATOR: (s, a, actor) => {
    const proposal = proposalOf(s, a.indicatorCode);
    const decision = { proposal, verdict: proposal, overridden: false, reason: null, by: actor.userId };
    s.decisions[a.indicatorCode] = decision;
    return [{ kind: 'INDICATOR_DECIDED', code: a.indicatorCode, decision }];
  },
  OVERRIDE_INDICATOR: (s, a, actor) => {
    const proposal = proposalOf(s, a.indicatorCode);
    const decision = {
      proposal,
      verdict: a.verdict,
      overridden: a.verdict !== proposal,
      reason: a.reason ?? null,
      by: actor.userId,
    };
    s.decisions[a.indicatorCode] = decision;
    return [{ kind: 'INDICATOR_DECIDED', code: a.indicatorCode, decision }];
  },
  PROPOSE_CONCLUSION: (s, a) => {
    s.proposalNote = a.note;
    return [recorded(a.type, `Dự thảo kết luận: ${a.note}`, `Draft conclusion: ${a.note}`)];
  },
  SIGN_CONCLUSION: (s, a, actor) => {
    const outcome = appraisedOutcome(s);
    s.conclusion = { outcome, number: a.conclusionNumber, note: s.proposalNote, signedBy: actor.userId };
    const indicators = Object.entries(s.decisions).map(([code, d]) => ({
      code,
      verdict: d.verdict,
      overridden: d.overridden,
    }));
    return [{ kind: 'CONCLUDED', outcome, conclusionNumber: a.conclusionNumber, indicators }];
  },
  RETURN: (_s, a) => [recorded(a.type, `Trả lại: ${a.reason}`, `Returned: ${a.reason}`)],
  REQUEST_SUPPLEMENT: (s, a) => {
    s.supplement = { items: a.items, returnTo: s.stage, dueAt: null };
    return [{ kind: 'SUPPLEMENT_REQUESTED', items: a.items }];
  },
  REAPPRAISE: (s, a) => {
    Object.assign(s, {
      round: s.round + 1,
      evaluation: null,
      decisions: {},
      powerConfirmationRef: null,
      inspection: null,
      conclusion: null,
      proposalNote: null,
      supplement: null,
    });
    return [
      recorded(a.type, `Thẩm định lại (lần ${s.round}): ${a.reason}`, `Re-appraisal (round ${s.round}): ${a.reason}`),
    ];
  },
  REVOKE: (s, a) => {
    s.revocation = { reason: a.reason, indicatorCodes: a.indicatorCodes };
    return [{ kind: 'REVOKED', reason: a.reason, indicatorCodes: a.indicatorCodes }];
  },
  CANCEL: (_s, a) => [recorded(a.type, `Hủy thẩm định: ${a.reason}`, `Appraisal cancelled: ${a.reason}`)],
};

/** Where the table sends the appraisal after the action (null: it stays). */
function nextStage(s: RuralAppraisalState, to: RuralStage | null | 'RETURN' | 'BY_OUTCOME'): RuralStage | null {
  if (to === 'RETURN') return s.supplement?.returnTo ?? null;
  if (to === 'BY_OUTCOME') return ruralProcedureById(s.procedureId).outcomes[s.conclusion?.outcome ?? 'KHONG_DAT'];
  return to;
}

const noteOf = (a: RuralAction): string | null =>
  'reason' in a && a.reason ? a.reason : 'note' in a && a.note ? a.note : null;

/**
 * The state after an action the validator accepted, and the steps to record in order: the action's own,
 * then the stage change. Works on a copy; the caller's state is untouched.
 */
export function applyRuralAction(
  state: RuralAppraisalState,
  actor: RuralActor,
  action: RuralAction,
): { state: RuralAppraisalState; steps: RuralStep[] } {
  // JSON copy: structuredClone is not in every Temporal workflow sandbox.
  const s = JSON.parse(JSON.stringify(state)) as RuralAppraisalState;
  const t = transitionOf(ruralProcedureById(s.procedureId), s.stage, action.type);
  if (!t) throw new RangeError(`${action.type} is not possible at ${s.stage}`);
  const effect = effects[action.type] as Effect<RuralActionType>;
  const steps = effect(s, action, actor);
  const to = nextStage(s, t.to);
  if (t.to === 'RETURN') s.supplement = null;
  if (to && to !== s.stage) steps.push(...moveTo(s, to, noteOf(action)));
  return { state: s, steps };
}

/** Changes the stage and says so; the due date comes back from the recorder. */
export function moveTo(s: RuralAppraisalState, to: RuralStage, note: string | null): RuralStep[] {
  const from = s.stage;
  s.stage = to;
  s.dueAt = null;
  s.overdue = false;
  return [{ kind: 'STAGE_CHANGED', from, to, note }];
}

/**
 * The current stage's deadline passed with nobody acting: where the table says so the stage moves on
 * (a supplement not sent → EXPIRED); otherwise the stage stays, overdue, and its task is escalated.
 */
export function deadlinePassed(s: RuralAppraisalState): RuralStep[] {
  const next = ruralProcedureById(s.procedureId).onDeadline[s.stage];
  if (next) return moveTo(s, next, 'Quá hạn bổ sung hồ sơ');
  s.overdue = true;
  return [{ kind: 'STAGE_OVERDUE', stage: s.stage, dueAt: s.dueAt ?? '' }];
}

export interface RuralAppraisalStart {
  appraisalId: string;
  communeCode: string;
  communeSuccessorCode?: string | null;
  districtCode: string | null;
  level: RuralAppraisalState['level'];
  targetYear: number;
  packId: string;
  templateId: string;
  procedureId: string;
}

/** The state a registration starts in, and its first step (entering the procedure's first stage). */
export function startRuralAppraisal(input: RuralAppraisalStart): { state: RuralAppraisalState; steps: RuralStep[] } {
  const start = ruralProcedureById(input.procedureId).start;
  const state: RuralAppraisalState = {
    ...input,
    stage: start,
    round: 1,
    evaluation: null,
    decisions: {},
    powerConfirmationRef: null,
    inspection: null,
    conclusion: null,
    proposalNote: null,
    supplement: null,
    dueAt: null,
    overdue: false,
    revocation: null,
  };
  return { state, steps: [{ kind: 'STAGE_CHANGED', from: null, to: start, note: null }] };
}
