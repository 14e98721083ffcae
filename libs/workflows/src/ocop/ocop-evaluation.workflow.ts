/**
 * ocopEvaluationWorkflow: one evaluation round of one OCOP product, from the first level the pack names to
 * a certificate and its expiry (architecture.md §4.3). Id `ocop-evaluation/<productId>/<round>`, task
 * queue `ocop`. The pack is the one kept from the registration date (`ocopPackForRegistration`), so the
 * levels, who recognises which stars and the forwarding thresholds are that pack's.
 * - Update `submitCommuneReport` (1489: the commune's evaluation report, before the province council).
 * - Update `openCouncil` (appraiser): the council of a level the product was forwarded to.
 * - Update `declareConflict`, then `submitScoreSheet` (each member of the sitting council, own sheet only;
 *   replaceable until the council closes). The council closes itself when every member has declared a
 *   conflict or handed in a sheet; Update `closeCouncil` (appraiser) closes it earlier.
 * - Update `recordCentralResult` (appraiser): the national council's answer for a product proposed to it.
 * - Signal `reevaluationStarted`: a re-evaluation or upgrade began, so the certificate is not marked expired.
 * - Query `state`.
 * Deadlines: durable timers to the reminder day (expiry − 90 days) and to the day after expiry (Vietnam time).
 */
import { condition, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  certificateDates,
  councilQuorum,
  ocopEvaluationPackById,
  scoreTemplate,
  type OcopLevel,
  type OcopStars,
} from '@kc/domain/ocop';
import { vietnamDate } from '@kc/domain/calendar';
import {
  closeCouncilUpdate,
  declareConflictUpdate,
  ocopStateQuery,
  openCouncilUpdate,
  recordCentralResultUpdate,
  reevaluationStartedSignal,
  submitCommuneReportUpdate,
  submitScoreSheetUpdate,
} from './ocop-evaluation.definitions';
import { ocopRefusals, refusal } from './ocop-evaluation.messages';
import type { OcopEvaluationActivities } from './ocop-evaluation.steps';
import { OcopStepRecorder } from './ocop-step-recorder';
import type {
  OcopCouncilMember,
  OcopCouncilState,
  OcopEvaluationInput,
  OcopEvaluationStage,
  OcopEvaluationState,
} from './ocop-evaluation.types';
import { checkSheet, councilResult, everyoneDone, requireAppraiser, requireValidMembers, seatOf } from './ocop-council';

const { recordOcopStep, issueOcopCertificate } = proxyActivities<OcopEvaluationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

const DAY_MS = 86_400_000;
/** Midnight at the start of an ISO day in Vietnam (UTC+7), as epoch milliseconds. */
const vietnamMidnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00+07:00`);

export async function ocopEvaluationWorkflow(input: OcopEvaluationInput): Promise<OcopEvaluationState> {
  const pack = ocopEvaluationPackById(input.packId);
  const template = scoreTemplate(pack, input.subgroupCode);
  const plan = pack.levels.filter((l) => l.role !== 'GUIDE');
  const state: OcopEvaluationState = {
    stage: 'COMMUNE_REPORT',
    packId: pack.id,
    templateId: template.id,
    level: plan[0].level,
    councils: [],
    // Only a pack with a commune report level (1489) has a use for one.
    communeReport: plan.some((l) => l.role === 'REPORT') ? (input.communeReport ?? null) : null,
    centralResult: null,
    stars: null,
    recognisedBy: null,
    certificate: null,
  };
  /** Members for the next council to sit, named by the `openCouncil` update. */
  let nextMembers: OcopCouncilMember[] | null = [...input.council];
  let renewal: { round: number } | null = null;
  /** The latest council: members act on it while it is OPEN and are told it closed afterwards. */
  const sitting = (): OcopCouncilState | undefined => state.councils[state.councils.length - 1];

  const steps = new OcopStepRecorder(
    {
      workflowId: workflowInfo().workflowId,
      evaluationId: input.evaluationId,
      productId: input.productId,
      round: input.round,
      packId: pack.id,
    },
    recordOcopStep,
  );
  const enqueue = steps.enqueue.bind(steps);
  const record = steps.record.bind(steps);

  const seatCouncil = (level: OcopLevel, members: readonly OcopCouncilMember[]): OcopCouncilState => {
    const council: OcopCouncilState = {
      level,
      members: members.map((m) => ({ ...m, conflict: null, sheet: null })),
      quorum: councilQuorum(pack, members.length),
      status: 'OPEN',
      result: null,
    };
    state.councils.push(council);
    state.level = level;
    state.stage = 'COUNCIL';
    // Not awaited: the council sits from now, and members' steps queue behind its opening.
    enqueue(null, {
      kind: 'COUNCIL_OPENED',
      level,
      members: [...members],
      quorum: council.quorum,
      templateId: template.id,
    });
    return council;
  };

  // Before any handler exists: updates that arrived with the start are delivered as soon as their handler
  // is set, and must find the first council already sitting.
  enqueue(null, {
    kind: 'EVALUATION_STARTED',
    levels: plan.map((l) => ({ level: l.level, role: l.role as 'REPORT' | 'EVALUATE' })),
  });
  if (state.communeReport) enqueue(null, { kind: 'COMMUNE_REPORTED', ...state.communeReport });
  const firstCouncil = plan.find((l) => l.role === 'EVALUATE')!;
  if (plan[0].role === 'EVALUATE' || state.communeReport) {
    seatCouncil(firstCouncil.level, input.council);
    nextMembers = null;
  }

  setHandler(ocopStateQuery, () => state);
  setHandler(
    declareConflictUpdate,
    async ({ actor, hasConflict, note }) => {
      const council = sitting()!;
      const seat = seatOf(council, actor);
      seat.conflict = hasConflict;
      if (everyoneDone(council)) council.status = 'CLOSED';
      await record(actor, {
        kind: 'CONFLICT_DECLARED',
        level: council.level,
        memberId: actor.userId,
        hasConflict,
        note: note ?? null,
      });
      return state;
    },
    {
      validator: ({ actor }) => {
        if (seatOf(sitting(), actor).conflict !== null) throw refusal(ocopRefusals.alreadyDeclared);
      },
    },
  );
  setHandler(
    submitScoreSheetUpdate,
    async ({ actor, answers }) => {
      const council = sitting()!;
      const seat = seatOf(council, actor);
      const scored = checkSheet(template, seat, answers);
      seat.sheet = { points: scored.points, partTotals: scored.partTotals, total: scored.total };
      // Closing here, not in the main loop, so no replacement sheet can slip in after the last one.
      if (everyoneDone(council)) council.status = 'CLOSED';
      await record(actor, {
        kind: 'SHEET_SUBMITTED',
        level: council.level,
        memberId: actor.userId,
        templateId: template.id,
        points: { ...scored.points },
        partTotals: { ...scored.partTotals },
        total: scored.total,
      });
      return state;
    },
    { validator: ({ actor, answers }) => void checkSheet(template, seatOf(sitting(), actor), answers) },
  );
  setHandler(
    closeCouncilUpdate,
    () => {
      sitting()!.status = 'CLOSED';
      return state;
    },
    {
      validator: ({ actor }) => {
        requireAppraiser(actor);
        if (sitting()?.status !== 'OPEN') throw refusal(ocopRefusals.councilNotSitting);
      },
    },
  );
  setHandler(
    openCouncilUpdate,
    async ({ members }) => {
      nextMembers = [...members];
      await condition(() => state.stage !== 'AWAITING_COUNCIL');
      return state;
    },
    {
      validator: ({ actor, members }) => {
        requireAppraiser(actor);
        if (state.stage !== 'AWAITING_COUNCIL' || nextMembers) throw refusal(ocopRefusals.notAwaitingCouncil);
        requireValidMembers(members);
      },
    },
  );
  setHandler(
    submitCommuneReportUpdate,
    async ({ actor, summary }) => {
      state.communeReport = { by: actor.userId, summary };
      await record(actor, { kind: 'COMMUNE_REPORTED', by: actor.userId, summary });
      return state;
    },
    {
      validator: ({ actor }) => {
        if (state.stage !== 'COMMUNE_REPORT' || state.communeReport) throw refusal(ocopRefusals.notAwaitingReport);
        const isAppraiser = actor.roles.includes('DEPARTMENT_APPRAISER');
        if (!isAppraiser && !actor.roles.includes('LOCAL_OFFICER')) throw refusal(ocopRefusals.communeOfficerOnly);
        if (!isAppraiser && actor.unitCode !== input.unitCode) throw refusal(ocopRefusals.otherCommune);
      },
    },
  );
  setHandler(
    recordCentralResultUpdate,
    async ({ stars, decisionRef }) => {
      state.centralResult = { stars, decisionRef };
      await condition(() => state.stage !== 'PROPOSED_TO_CENTRAL');
      return state;
    },
    {
      validator: ({ actor }) => {
        requireAppraiser(actor);
        if (state.stage !== 'PROPOSED_TO_CENTRAL' || state.centralResult) throw refusal(ocopRefusals.notAtCentral);
      },
    },
  );
  setHandler(reevaluationStartedSignal, (signal) => {
    renewal ??= signal;
  });

  const end = async (stage: OcopEvaluationStage): Promise<OcopEvaluationState> => {
    state.stage = stage;
    await record(null, { kind: 'EVALUATION_ENDED', stage });
    return state;
  };

  // Walk the levels until one recognises the stars, or the evaluation ends without them.
  let recognised: { stars: OcopStars; by: OcopLevel; average: number | null } | null = null;
  for (const rule of plan) {
    if (rule.role === 'REPORT') {
      if (!state.communeReport) {
        state.level = rule.level;
        state.stage = 'COMMUNE_REPORT';
        await condition(() => state.communeReport !== null);
      }
      continue;
    }
    state.level = rule.level;
    if (rule.level === 'CENTRAL') {
      state.stage = 'PROPOSED_TO_CENTRAL';
      await condition(() => state.centralResult !== null);
      const { stars } = state.centralResult!;
      const by = pack.levels.find((l) => l.recognisesStars.includes(stars))?.level;
      if (!by || stars < pack.certificateMinStars) return end('NOT_RECOGNISED');
      recognised = { stars, by, average: null };
      break;
    }
    let seated = state.councils.find((c) => c.level === rule.level);
    if (!seated) {
      if (!nextMembers) {
        state.stage = 'AWAITING_COUNCIL';
        await condition(() => nextMembers !== null);
      }
      seated = seatCouncil(rule.level, nextMembers!);
      nextMembers = null;
    }
    const council = seated;
    await condition(() => council.status === 'CLOSED');
    council.result = councilResult(pack, template, council);
    await record(null, { kind: 'LEVEL_RESULT', level: rule.level, result: council.result });
    const routing = council.result.routing;
    if (routing.kind === 'QUORUM_NOT_REACHED') return end('QUORUM_NOT_REACHED');
    if (routing.kind === 'NOT_RECOGNISED') return end('NOT_RECOGNISED');
    if (routing.kind === 'RECOGNISE') {
      recognised = { stars: routing.stars, by: routing.level, average: council.result.averageTotal };
      break;
    }
  }
  if (!recognised) return end('NOT_RECOGNISED');

  state.stars = recognised.stars;
  state.recognisedBy = recognised.by;
  await record(null, {
    kind: 'STARS_AWARDED',
    stars: recognised.stars,
    recognisedBy: recognised.by,
    averageTotal: recognised.average,
  });
  const dates = certificateDates(pack, vietnamDate(new Date()));
  const issued = await steps.exclusive((context) =>
    issueOcopCertificate({ ...context, stars: recognised.stars, issuedBy: recognised.by, ...dates }),
  );
  state.certificate = {
    number: issued.certificateNumber,
    stars: recognised.stars,
    issuedBy: recognised.by,
    ...dates,
    reminded: false,
  };
  state.stage = 'CERTIFIED';

  // Durable timers: each wait ends early when a re-evaluation or upgrade starts.
  const renewedBefore = (instant: number) => condition(() => renewal !== null, Math.max(instant - Date.now(), 1));
  if (!(await renewedBefore(vietnamMidnight(dates.reminderDate)))) {
    state.certificate.reminded = true;
    await record(null, { kind: 'CERTIFICATE_EXPIRING', certificateNumber: issued.certificateNumber });
  }
  if (renewal || (await renewedBefore(vietnamMidnight(dates.expiryDate) + DAY_MS))) return end('RENEWAL_STARTED');
  await record(null, { kind: 'CERTIFICATE_EXPIRED', certificateNumber: issued.certificateNumber });
  return end('EXPIRED');
}
