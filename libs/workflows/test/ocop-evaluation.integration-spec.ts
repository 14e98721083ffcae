import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { ApplicationFailure, UpdateDefinition } from '@temporalio/common';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { WorkflowIds, WorkflowTypes } from '@kc/contracts';
import { ocopPackForRegistration, scoreTemplate, type DomainRefusal } from '@kc/domain';
import { answersFor } from '@kc/domain/testing';
import {
  createTestWorkflowEnvironment,
  expectEventually,
  testEnv,
  runTestWorker,
  type RunningTestWorker,
} from '@kc/testing';
import {
  abandonRoundUpdate,
  closeCouncilUpdate,
  declareConflictUpdate,
  ocopStateQuery,
  openCouncilUpdate,
  recordCentralResultUpdate,
  submitCommuneReportUpdate,
  submitScoreSheetUpdate,
  type OcopActor,
  type OcopEvaluationActivities,
  type OcopEvaluationInput,
  type OcopEvaluationState,
  type OcopStep,
  ocopSearchKeys,
} from '../src';

const member = (userId: string): OcopActor => ({ userId, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-OCOP' });
const appraiser: OcopActor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const communeOfficer: OcopActor = { userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' };
const councilOf = (...ids: string[]) => ids.map((userId) => ({ userId, name: `Thành viên ${userId}` }));

describe('ocopEvaluationWorkflow on the real Temporal dev server (activities recorded)', () => {
  let env: TestWorkflowEnvironment;
  let worker: RunningTestWorker | undefined;
  const taskQueue = `ocop-test-${randomUUID()}`;
  const steps: { productId: string; sequence: number; step: OcopStep | { kind: 'CERTIFICATE_ISSUED' } }[] = [];
  const activities: OcopEvaluationActivities = {
    async recordOcopStep(input) {
      steps.push(input);
    },
    async issueOcopCertificate(input) {
      steps.push({ ...input, step: { kind: 'CERTIFICATE_ISSUED' } });
      const issued = steps.filter((s) => s.productId === input.productId && s.step.kind === 'CERTIFICATE_ISSUED');
      return { certificateNumber: `OCOP-DN-${input.issueDate.slice(0, 4)}-00000${issued.length}` };
    },
  };

  beforeAll(async () => {
    env = await createTestWorkflowEnvironment();
    worker = await runTestWorker(env, { taskQueue, activities, namespace: testEnv.temporalNamespace });
  });
  afterAll(async () => worker?.stop());

  async function start(
    registeredOn: string,
    council = councilOf('hd-1', 'hd-2', 'hd-3'),
    extra: Partial<OcopEvaluationInput> = {},
  ) {
    const pack = ocopPackForRegistration(registeredOn);
    const productId = randomUUID();
    const input: OcopEvaluationInput = {
      evaluationId: randomUUID(),
      productId,
      round: 1,
      packId: pack.id,
      subgroupCode: 'FOOD-3b',
      productName: 'Bánh tráng phơi sương',
      subjectName: 'HTX Bánh tráng Xuân Lộc',
      unitCode: 'X-XUAN-LOC',
      council,
      ...extra,
    };
    const handle = await env.client.workflow.start(WorkflowTypes.ocopEvaluation, {
      taskQueue,
      workflowId: WorkflowIds.ocopEvaluation(productId, 1),
      args: [input],
    });
    const template = scoreTemplate(pack, input.subgroupCode);
    const update = <A>(def: UpdateDefinition<OcopEvaluationState, [A]>, arg: A) =>
      handle.executeUpdate(def, { args: [arg] });
    const score = async (ids: string[], total: number, overrides: Record<string, number> = {}) => {
      for (const id of ids) await update(declareConflictUpdate, { actor: member(id), hasConflict: false });
      let last: OcopEvaluationState | undefined;
      for (const id of ids)
        last = await update(submitScoreSheetUpdate, {
          actor: member(id),
          answers: answersFor(template, total, overrides),
        });
      return last!;
    };
    const stepsOf = () => steps.filter((s) => s.productId === productId);
    return { handle, update, score, stepsOf, template };
  }
  const untilStage = async (handle: { query: (q: typeof ocopStateQuery) => Promise<OcopEvaluationState> }, s: string) =>
    expectEventually(async () => expect((await handle.query(ocopStateQuery)).stage).toBe(s), 15_000);

  it('QĐ 148 (2024): 75 points at the district go up to the province, which recognises 4★ and certifies', async () => {
    const { handle, update, score, stepsOf } = await start('2024-05-10');
    await score(['hd-1', 'hd-2', 'hd-3'], 75);
    await untilStage(handle, 'AWAITING_COUNCIL');
    const district = (await handle.query(ocopStateQuery)).councils[0];
    expect(district).toMatchObject({ level: 'DISTRICT', status: 'CLOSED', result: { averageTotal: 7500 } });
    expect(district.result!.routing).toEqual({ kind: 'FORWARD', from: 'DISTRICT', to: 'PROVINCE' });

    await update(openCouncilUpdate, { actor: appraiser, members: councilOf('tinh-1', 'tinh-2', 'tinh-3') });
    await score(['tinh-1', 'tinh-2', 'tinh-3'], 75);
    await untilStage(handle, 'CERTIFIED');
    const state = await handle.query(ocopStateQuery);
    expect(state).toMatchObject({ packId: 'ocop-148-2023', stars: 4, recognisedBy: 'PROVINCE' });
    expect(state.certificate).toMatchObject({ stars: 4, issuedBy: 'PROVINCE' });
    expect(state.certificate!.expiryDate.slice(0, 4)).toBe(
      String(Number(state.certificate!.issueDate.slice(0, 4)) + 3),
    );

    const kinds = stepsOf().map((s) => s.step.kind);
    expect(kinds.filter((k) => k !== 'CONFLICT_DECLARED' && k !== 'SHEET_SUBMITTED')).toEqual([
      'EVALUATION_STARTED',
      'COUNCIL_OPENED',
      'LEVEL_RESULT',
      'COUNCIL_OPENED',
      'LEVEL_RESULT',
      'STARS_AWARDED',
      'CERTIFICATE_ISSUED',
    ]);
    expect(stepsOf().map((s) => s.sequence)).toEqual(stepsOf().map((_, i) => i + 1));
    await handle.terminate('test finished');
  });

  it('QĐ 1489 (2026): the same scores go commune report → province, which recognises 4★ itself', async () => {
    const { handle, update, score, stepsOf } = await start('2026-03-10');
    expect((await handle.query(ocopStateQuery)).stage).toBe('COMMUNE_REPORT');
    const stranger = { ...communeOfficer, unitCode: 'X-LONG-THANH' };
    await expect(update(submitCommuneReportUpdate, { actor: stranger, summary: 'x' })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    await update(submitCommuneReportUpdate, {
      actor: communeOfficer,
      summary: 'Nguyên liệu và lao động tại địa phương; ý tưởng sản phẩm của HTX.',
    });
    await untilStage(handle, 'COUNCIL');
    expect((await handle.query(ocopStateQuery)).councils[0].level).toBe('PROVINCE');
    await score(['hd-1', 'hd-2', 'hd-3'], 75);
    await untilStage(handle, 'CERTIFIED');
    expect(await handle.query(ocopStateQuery)).toMatchObject({
      packId: 'ocop-1489-2025',
      stars: 4,
      recognisedBy: 'PROVINCE',
    });
    expect(stepsOf()[0].step).toEqual({
      kind: 'EVALUATION_STARTED',
      levels: [
        { level: 'COMMUNE', role: 'REPORT' },
        { level: 'PROVINCE', role: 'EVALUATE' },
        { level: 'CENTRAL', role: 'EVALUATE' },
      ],
    });
    await handle.terminate('test finished');
  });

  it('QĐ 1048 (2022): the district forwards 55 points (50 and more) and the province recognises 3★', async () => {
    const { handle, update, score } = await start('2022-06-15', undefined, { subgroupCode: 'FOOD-2019' });
    expect((await handle.query(ocopStateQuery)).councils[0].level).toBe('DISTRICT');
    await score(['hd-1', 'hd-2', 'hd-3'], 55);
    await untilStage(handle, 'AWAITING_COUNCIL');
    await update(openCouncilUpdate, { actor: appraiser, members: councilOf('tinh-1') });
    await score(['tinh-1'], 55);
    await untilStage(handle, 'CERTIFIED');
    expect(await handle.query(ocopStateQuery)).toMatchObject({
      packId: 'ocop-1048-2019',
      stars: 3,
      recognisedBy: 'PROVINCE',
      templateId: 'ocop-1048-2019/FOOD-2019',
    });
    await handle.terminate('test finished');
  });

  it('registered on 3 July 2025: 148’s sheet, no district council, and the province recognises 3★', async () => {
    const { handle, score } = await start('2025-07-03', councilOf('tinh-1', 'tinh-2'));
    expect((await handle.query(ocopStateQuery)).councils[0].level).toBe('PROVINCE');
    await score(['tinh-1', 'tinh-2'], 60);
    await untilStage(handle, 'CERTIFIED');
    expect(await handle.query(ocopStateQuery)).toMatchObject({
      packId: 'ocop-148-2023-no-district',
      templateId: 'ocop-148-2023-no-district/FOOD-3b',
      stars: 3,
      recognisedBy: 'PROVINCE',
    });
    await handle.terminate('test finished');
  });

  it('recognises 90 points and more 4★ at once, proposes the product for 5★, and replaces the certificate when the national council gives it', async () => {
    // The commune's report came with the dossier: the province council sits at once.
    const { handle, update, score, stepsOf } = await start('2026-03-10', undefined, {
      communeReport: { by: 'xa-1', summary: 'Đạt yêu cầu' },
    });
    expect((await handle.query(ocopStateQuery)).stage).toBe('COUNCIL');
    await expectEventually(() =>
      expect(stepsOf()[1]?.step).toEqual({ kind: 'COMMUNE_REPORTED', by: 'xa-1', summary: 'Đạt yêu cầu' }),
    );
    await score(['hd-1', 'hd-2', 'hd-3'], 92);
    await untilStage(handle, 'PROPOSED_TO_CENTRAL');
    const waiting = await handle.query(ocopStateQuery);
    expect(waiting.councils[0].result!.routing).toEqual({ kind: 'FORWARD', from: 'PROVINCE', to: 'CENTRAL' });
    // The product holds the province's 4★ and its certificate while the ministry decides.
    expect(waiting).toMatchObject({ stars: 4, recognisedBy: 'PROVINCE' });
    expect(waiting.certificate).toMatchObject({
      stars: 4,
      issuedBy: 'PROVINCE',
      number: expect.stringMatching(/-000001$/),
    });
    const described = await handle.describe();
    expect(described.typedSearchAttributes.get(ocopSearchKeys.stage)).toBe('PROPOSED_TO_CENTRAL');
    expect(described.typedSearchAttributes.get(ocopSearchKeys.dueAt)).toBeInstanceOf(Date);

    await expect(
      update(recordCentralResultUpdate, { actor: member('hd-1'), stars: 5, decisionRef: 'QĐ 1/QĐ-BNNMT' }),
    ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await update(recordCentralResultUpdate, { actor: appraiser, stars: 5, decisionRef: 'QĐ 1/QĐ-BNNMT' });
    await untilStage(handle, 'CERTIFIED');
    const state = await handle.query(ocopStateQuery);
    expect(state).toMatchObject({ stars: 5, recognisedBy: 'CENTRAL' });
    expect(state.certificate).toMatchObject({
      stars: 5,
      issuedBy: 'CENTRAL',
      number: expect.stringMatching(/-000002$/),
    });
    const kinds = stepsOf()
      .map((s) => s.step)
      .filter((step) => !['CONFLICT_DECLARED', 'SHEET_SUBMITTED', 'COUNCIL_OPENED'].includes(step.kind));
    expect(kinds).toEqual([
      { kind: 'EVALUATION_STARTED', levels: expect.any(Array) },
      expect.objectContaining({ kind: 'COMMUNE_REPORTED' }),
      expect.objectContaining({ kind: 'LEVEL_RESULT', level: 'PROVINCE' }),
      { kind: 'STARS_AWARDED', stars: 4, recognisedBy: 'PROVINCE', averageTotal: 9200 },
      { kind: 'CERTIFICATE_ISSUED' },
      { kind: 'HIGHER_ANSWERED', level: 'CENTRAL', stars: 5, decisionRef: 'QĐ 1/QĐ-BNNMT', awarded: true },
      { kind: 'STARS_AWARDED', stars: 5, recognisedBy: 'CENTRAL', averageTotal: null },
      { kind: 'CERTIFICATE_ISSUED' },
    ]);
    expect((await handle.describe()).typedSearchAttributes.get(ocopSearchKeys.stage)).toBe('CERTIFIED');
    await handle.terminate('test finished');
  });

  it('keeps the province’s 4★ and its certificate when the national council does not award 5★', async () => {
    const { handle, update, score, stepsOf } = await start('2026-03-10', undefined, {
      communeReport: { by: 'xa-1', summary: 'Đạt yêu cầu' },
    });
    await score(['hd-1', 'hd-2', 'hd-3'], 95);
    await untilStage(handle, 'PROPOSED_TO_CENTRAL');
    const held = (await handle.query(ocopStateQuery)).certificate!;
    await update(recordCentralResultUpdate, { actor: appraiser, stars: 4, decisionRef: 'CV 12/BNNMT' });
    await untilStage(handle, 'CERTIFIED');
    const state = await handle.query(ocopStateQuery);
    expect(state).toMatchObject({ stars: 4, recognisedBy: 'PROVINCE', certificate: held });
    expect(stepsOf().filter((s) => s.step.kind === 'CERTIFICATE_ISSUED')).toHaveLength(1);
    expect(stepsOf().map((s) => s.step)).toContainEqual({
      kind: 'HIGHER_ANSWERED',
      level: 'CENTRAL',
      stars: 4,
      decisionRef: 'CV 12/BNNMT',
      awarded: false,
    });
    await handle.terminate('test finished');
  });

  it('fails a product below a mandatory minimum whatever its total ("Không đạt")', async () => {
    const { handle, score } = await start('2026-03-10', councilOf('hd-1'));
    await handle.executeUpdate(submitCommuneReportUpdate, { args: [{ actor: communeOfficer, summary: 'Đạt' }] });
    await untilStage(handle, 'COUNCIL');
    await score(['hd-1'], 80, { 'A1-ENV': 0 });
    const result = (await handle.result()) as OcopEvaluationState;
    expect(result.stage).toBe('NOT_RECOGNISED');
    expect(result.councils[0].result).toMatchObject({
      bandStars: 4,
      stars: null,
      failedMandatory: [{ code: 'A1-ENV' }],
      routing: { kind: 'NOT_RECOGNISED', reason: 'MANDATORY_FAILED' },
    });
  });

  it('re-convenes the level with other members when the appraiser closes a council below quorum', async () => {
    const { handle, update, score } = await start('2024-05-10');
    await update(declareConflictUpdate, { actor: member('hd-2'), hasConflict: true, note: 'Người thân của chủ thể' });
    await score(['hd-1'], 60);
    await expect(update(closeCouncilUpdate, { actor: member('hd-1') })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    await update(closeCouncilUpdate, { actor: appraiser });
    await untilStage(handle, 'AWAITING_COUNCIL');
    const dissolved = await handle.query(ocopStateQuery);
    expect(dissolved).toMatchObject({ level: 'DISTRICT', councils: [{ level: 'DISTRICT', status: 'CLOSED' }] });
    expect(dissolved.councils[0]!.result).toMatchObject({ outcome: 'QUORUM_NOT_REACHED', sheetsCounted: 1, quorum: 2 });
    // The district sits again with other members, whose sheets carry the product on to the province.
    await update(openCouncilUpdate, { actor: appraiser, members: councilOf('hd-4', 'hd-5', 'hd-6') });
    await score(['hd-4', 'hd-5', 'hd-6'], 75);
    await untilStage(handle, 'AWAITING_COUNCIL');
    const forwarded = await handle.query(ocopStateQuery);
    expect(forwarded.councils).toHaveLength(2);
    expect(forwarded.councils[1]).toMatchObject({ level: 'DISTRICT', result: { averageTotal: 7500 } });
    expect(forwarded.councils[1]!.result!.routing).toEqual({ kind: 'FORWARD', from: 'DISTRICT', to: 'PROVINCE' });
    await handle.terminate('test finished');
  });

  it('lets the appraiser abandon, with a reason, a round waiting for a re-convened council, and only then', async () => {
    const { handle, update, score, stepsOf } = await start('2024-05-10');
    const refusalCode = async (promise: Promise<unknown>) => {
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      return (((error as WorkflowUpdateFailedError).cause as ApplicationFailure).details as DomainRefusal[])[0]!.code;
    };
    const reason = 'Không đủ thành viên Hội đồng cấp huyện.';
    // While a council sits, the round is not waiting for one.
    expect(await refusalCode(update(abandonRoundUpdate, { actor: appraiser, reason }))).toBe('NOT_ABANDONABLE');
    await update(declareConflictUpdate, { actor: member('hd-2'), hasConflict: true });
    await score(['hd-1'], 60);
    await update(closeCouncilUpdate, { actor: appraiser });
    await untilStage(handle, 'AWAITING_COUNCIL');
    expect(await refusalCode(update(abandonRoundUpdate, { actor: member('hd-1'), reason }))).toBe('ROLE_NOT_ALLOWED');
    expect(await refusalCode(update(abandonRoundUpdate, { actor: appraiser, reason: '  ngắn  ' }))).toBe(
      'ABANDON_REASON_REQUIRED',
    );

    const ended = await update(abandonRoundUpdate, { actor: appraiser, reason: `  ${reason} ` });
    expect(ended).toMatchObject({ stage: 'ABANDONED', level: 'DISTRICT', abandonment: { by: 'td-1', reason } });
    await expect(handle.result()).resolves.toMatchObject({ stage: 'ABANDONED' });
    expect(
      stepsOf()
        .slice(-2)
        .map((s) => s.step),
    ).toEqual([
      { kind: 'EVALUATION_ABANDONED', level: 'DISTRICT', by: 'td-1', reason },
      { kind: 'EVALUATION_ENDED', stage: 'ABANDONED' },
    ]);
    // Re-record the replayed history of this path: OCOP_RECORD_HISTORY=1 (then commit the file).
    if (process.env.OCOP_RECORD_HISTORY)
      fs.writeFileSync(
        path.join(__dirname, 'histories', 'ocop-148-abandoned-after-no-quorum.json'),
        historyToJSON(await handle.fetchHistory()),
      );
  });

  it('lets a member score only their own seat, after declaring, and never once the council has closed', async () => {
    const { handle, update, template } = await start('2024-05-10', councilOf('hd-1', 'hd-2'));
    const sheet = { answers: answersFor(template, 70) };
    const refused = async (promise: Promise<unknown>, text: RegExp) => {
      const error = await promise.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
      // The refusal travels typed in the failure's details: a code and both texts.
      const [refusal] = ((error as WorkflowUpdateFailedError).cause as ApplicationFailure).details as DomainRefusal[];
      expect(refusal!.code).toMatch(/^[A-Z_]+$/);
      expect(refusal!.vi).toMatch(text);
    };
    await refused(update(submitScoreSheetUpdate, { actor: member('hd-9'), ...sheet }), /không phải thành viên/);
    await refused(update(submitScoreSheetUpdate, { actor: member('hd-1'), ...sheet }), /khai báo xung đột/);
    await update(declareConflictUpdate, { actor: member('hd-1'), hasConflict: false });
    await refused(
      update(submitScoreSheetUpdate, { actor: member('hd-1'), answers: { ...sheet.answers, B1: 99 } }),
      /Phiếu chấm không hợp lệ: B1/,
    );
    await update(submitScoreSheetUpdate, { actor: member('hd-1'), ...sheet });
    // Replaceable while the council sits…
    await update(submitScoreSheetUpdate, { actor: member('hd-1'), answers: answersFor(template, 72) });
    await update(declareConflictUpdate, { actor: member('hd-2'), hasConflict: false });
    await update(submitScoreSheetUpdate, { actor: member('hd-2'), ...sheet });
    // …but not after the last sheet closed it.
    await refused(update(submitScoreSheetUpdate, { actor: member('hd-1'), ...sheet }), /Hội đồng|council/);
    await untilStage(handle, 'AWAITING_COUNCIL'); // 71 points at the district: forwarded to the province
    const council = (await handle.query(ocopStateQuery)).councils[0];
    expect(council.members.map((m) => m.sheet?.total)).toEqual([72, 70]);
    expect(council.result!.averageTotal).toBe(7100);
    await handle.terminate('test finished');
  });
});
