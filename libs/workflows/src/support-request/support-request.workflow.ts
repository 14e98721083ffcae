/**
 * supportRequestWorkflow: one support request from submission to COMPLETED or an end state
 * (REFUSED, REJECTED, …), architecture.md §4.2. Id `support-request/<applicationId>`, task queue `approvals`.
 * - Update `officerAction` ({actor, action}): every human step; its validator is the domain's
 *   `validateAction` (wrong stage, role or unit, missing reason, conflicted member → rejected, nothing changes).
 * - Signal `supplementSubmitted`: the applicant answered a supplement request; the paused stage resumes.
 * - Signal `withdrawn`: the applicant withdrew; the workflow ends in WITHDRAWN.
 * - Query `state`: the whole state.
 * Search attributes KcDossierCode, KcProgram, KcStage and KcUnit follow the stage.
 * Not yet here (next slice): stage deadlines with SLA warning and breach, budget reservation and
 * wait-list, operator reassign/extend/cancel, task rows.
 */
import { condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import {
  applyAction,
  applySupplementReceived,
  applyWithdrawal,
  unitOfStage,
  validateAction,
  type Actor,
  type StageEvent,
  type SupportRequestState,
} from '@kc/domain';
import {
  officerActionUpdate,
  stateQuery,
  supplementSubmittedSignal,
  withdrawnSignal,
  type SupportRequestActivities,
  type SupportRequestInput,
} from './support-request.definitions';

const FINAL_STAGES = ['COMPLETED', 'REFUSED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED'];
const keys = {
  dossier: defineSearchAttributeKey('KcDossierCode', SearchAttributeType.KEYWORD),
  program: defineSearchAttributeKey('KcProgram', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('KcStage', SearchAttributeType.KEYWORD),
  unit: defineSearchAttributeKey('KcUnit', SearchAttributeType.KEYWORD),
};

const { publishStageEvents } = proxyActivities<SupportRequestActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

export async function supportRequestWorkflow(input: SupportRequestInput): Promise<SupportRequestState> {
  let state: SupportRequestState = {
    stage: 'RECEPTION',
    localUnitCode: input.localUnitCode,
    maxSupportVnd: input.maxSupportVnd,
    council: input.council.map((userId) => ({ userId })),
    quorum: input.quorum,
    awaitingSupplement: false,
    disbursedVnd: 0,
  };
  let sequence = 0;
  // Events are published in order, one batch per step, by a single loop: handlers only queue them.
  const pending: { actor: Actor | null; stage: string; events: StageEvent[] }[] = [
    {
      actor: null,
      stage: 'RECEPTION',
      events: [{ type: 'StageChanged', from: 'RECEPTION', to: 'RECEPTION', note: null }],
    },
  ];

  const mark = () =>
    upsertSearchAttributes([
      { key: keys.dossier, value: input.dossierCode },
      { key: keys.program, value: input.programCode },
      { key: keys.stage, value: state.stage },
      { key: keys.unit, value: unitOfStage(state.stage, input.localUnitCode) },
    ]);
  mark();

  setHandler(stateQuery, () => state);
  setHandler(
    officerActionUpdate,
    ({ actor, action }) => {
      const applied = applyAction(state, actor, action);
      state = applied.state;
      if (applied.events.length > 0) pending.push({ actor, stage: state.stage, events: applied.events });
      mark();
      return state;
    },
    {
      validator: ({ actor, action }) => {
        const verdict = validateAction(state, actor, action);
        if (!verdict.ok) throw new Error(`${verdict.reasonVi} / ${verdict.reasonEn}`);
      },
    },
  );
  setHandler(supplementSubmittedSignal, () => {
    if (state.awaitingSupplement) state = applySupplementReceived(state);
  });
  setHandler(withdrawnSignal, ({ reason }) => {
    if (FINAL_STAGES.includes(state.stage)) return;
    const applied = applyWithdrawal(state, reason);
    state = applied.state;
    pending.push({ actor: null, stage: state.stage, events: applied.events });
    mark();
  });

  for (;;) {
    await condition(() => pending.length > 0 || FINAL_STAGES.includes(state.stage));
    while (pending.length > 0) {
      const batch = pending.shift()!;
      sequence += 1;
      await publishStageEvents({
        applicationId: input.applicationId,
        dossierCode: input.dossierCode,
        rulePackId: input.rulePackId,
        localUnitCode: input.localUnitCode,
        sequence,
        ...batch,
      });
    }
    if (FINAL_STAGES.includes(state.stage)) return state;
  }
}
