import { findTemplate, ruralPackById } from './criteria-packs';
import { applyRuralAction } from './apply-action';
import { deadlinePassed } from './stage-moves';
import { startRuralAppraisal } from './start-appraisal';
import { checkRuralAction } from './decide-action';
import { ruralProcedureForRegistration } from './procedures';
import type { RuralAction } from './rural-actions';
import type { RuralActor, RuralAppraisalState } from './appraisal-state';
import type { RuralSelfAssessment } from './self-assessment.types';

const template = findTemplate(ruralPackById('ntm-2021-2025'), { level: 'ADVANCED', region: 'SOUTH_EAST' })!;
const assessment: RuralSelfAssessment = {
  households: 1200,
  householdsDirect: 1200,
  gridMeetsStandard: true,
  market: {
    planned: true,
    tradingPoints: 50,
    tradingAreaM2: 150,
    hall: 'PERMANENT',
    hardenedFloor: true,
    signboard: true,
    separateToilets: true,
    parking: true,
    separateZones: true,
  },
  evidence: Object.fromEntries(template.indicators.map((i) => [i.code, i.evidence.map((_, n) => `TL-${n}`)])),
};

const commune: RuralActor = { userId: 'xa', roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-HIEP' };
const district: RuralActor = { userId: 'huyen', roles: ['LOCAL_OFFICER'], unitCode: 'H-XUAN-LOC' };
const appraiser: RuralActor = { userId: 'tham-dinh', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
const leader: RuralActor = { userId: 'lanh-dao', roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' };

function registered(on: string, communeCode: string, districtCode: string | null): RuralAppraisalState {
  return startRuralAppraisal({
    appraisalId: 'a-1',
    communeCode,
    districtCode,
    level: 'ADVANCED',
    targetYear: 2025,
    packId: 'ntm-2021-2025',
    templateId: template.id,
    procedureId: ruralProcedureForRegistration(on).id,
  }).state;
}

/** Applies actions in turn, failing the test on the first refusal. */
function walk(state: RuralAppraisalState, steps: [RuralActor, RuralAction][]): RuralAppraisalState {
  return steps.reduce((s, [actor, action]) => {
    expect(checkRuralAction(s, actor, action)).toBeNull();
    return applyRuralAction(s, actor, action).state;
  }, state);
}

const toAppraisal: [RuralActor, RuralAction][] = [
  [appraiser, { type: 'RECORD_POWER_CONFIRMATION', documentRef: 'CV 123/PCĐN' }],
  [appraiser, { type: 'RECORD_INSPECTION', minutes: 'Kiểm tra chợ và lưới điện', documentRef: 'BB-01' }],
];

describe('rural appraisal procedure: two topologies', () => {
  it('goes through the district before 1/7/2025', () => {
    const s = walk(registered('2025-03-01', 'X-XUAN-HIEP', 'H-XUAN-LOC'), [
      [commune, { type: 'SUBMIT_SELF_ASSESSMENT', assessment }],
    ]);
    expect(s.stage).toBe('LOCAL_VERIFICATION');
    expect(checkRuralAction(s, appraiser, { type: 'VERIFY', note: 'Đã thẩm tra đủ' })?.code).toBe('ROLE_NOT_ALLOWED');
    const other = { ...district, unitCode: 'H-LONG-THANH' };
    expect(checkRuralAction(s, other, { type: 'VERIFY', note: 'Đã thẩm tra đủ' })?.code).toBe('UNIT_NOT_ALLOWED');
    expect(walk(s, [[district, { type: 'VERIFY', note: 'Đã thẩm tra đủ' }]]).stage).toBe('POWER_CONFIRMATION');
  });

  it('lets the successor commune’s officers act for a former commune merged on 1/7/2025', () => {
    const s = { ...registered('2025-03-01', 'X-XUAN-HIEP', 'H-XUAN-LOC'), communeSuccessorCode: 'X-XUAN-LOC' };
    const successor = { ...commune, unitCode: 'X-XUAN-LOC' };
    expect(checkRuralAction(s, successor, { type: 'SUBMIT_SELF_ASSESSMENT', assessment })).toBeNull();
    const neighbour = { ...commune, unitCode: 'X-TAN-PHU' };
    expect(checkRuralAction(s, neighbour, { type: 'SUBMIT_SELF_ASSESSMENT', assessment })?.code).toBe(
      'UNIT_NOT_ALLOWED',
    );
  });

  it('goes straight to the power company after 1/7/2025', () => {
    const s = walk(registered('2025-07-01', 'X-XUAN-LOC', null), [
      [
        { ...commune, unitCode: 'X-XUAN-LOC' },
        { type: 'SUBMIT_SELF_ASSESSMENT', assessment },
      ],
    ]);
    expect(s.stage).toBe('POWER_CONFIRMATION');
  });

  it('refuses an incomplete self-assessment, saying what is missing', () => {
    const s = registered('2025-07-01', 'X-XUAN-LOC', null);
    const refusal = checkRuralAction(
      s,
      { ...commune, unitCode: 'X-XUAN-LOC' },
      {
        type: 'SUBMIT_SELF_ASSESSMENT',
        assessment: { ...assessment, households: undefined },
      },
    );
    expect(refusal).toMatchObject({ code: 'ASSESSMENT_INCOMPLETE', vi: expect.stringContaining('households') });
  });
});

describe('rural appraisal procedure: the Department appraises each indicator', () => {
  const local = { ...commune, unitCode: 'X-XUAN-LOC' };
  const atAppraisal = () =>
    walk(registered('2025-08-01', 'X-XUAN-LOC', null), [
      [local, { type: 'SUBMIT_SELF_ASSESSMENT', assessment: { ...assessment, householdsDirect: 1199 } }],
      ...toAppraisal,
    ]);

  it('refuses an override without a reason, accepts one with', () => {
    const s = atAppraisal();
    expect(s.stage).toBe('DEPARTMENT_APPRAISAL');
    const bare = { type: 'OVERRIDE_INDICATOR', indicatorCode: '4-NC', verdict: 'DAT' } as const;
    expect(checkRuralAction(s, appraiser, bare)).toMatchObject({
      code: 'FIELD_REQUIRED',
      vi: expect.stringContaining('lý do'),
    });
    expect(checkRuralAction(s, appraiser, { ...bare, reason: '   ' })?.code).toBe('FIELD_REQUIRED');
    const next = applyRuralAction(s, appraiser, { ...bare, reason: 'Một hộ đã đăng ký sau ngày báo cáo' });
    expect(next.state.decisions['4-NC']).toMatchObject({ proposal: 'KHONG_DAT', verdict: 'DAT', overridden: true });
  });

  it('concludes only when every indicator is decided, and signs Đạt or Không đạt from the verdicts', () => {
    let s = atAppraisal();
    expect(checkRuralAction(s, appraiser, { type: 'PROPOSE_CONCLUSION', note: 'Đề nghị công nhận' })?.code).toBe(
      'INDICATORS_PENDING',
    );
    s = walk(s, [
      ...template.indicators.map((i): [RuralActor, RuralAction] => [
        appraiser,
        { type: 'CONFIRM_INDICATOR', indicatorCode: i.code },
      ]),
      [appraiser, { type: 'PROPOSE_CONCLUSION', note: 'Chưa đạt chỉ tiêu 4-NC' }],
    ]);
    expect(s.stage).toBe('CONCLUSION');
    expect(checkRuralAction(s, appraiser, { type: 'SIGN_CONCLUSION', conclusionNumber: '12/SCT-QLCN' })?.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    const signed = applyRuralAction(s, leader, { type: 'SIGN_CONCLUSION', conclusionNumber: '12/SCT-QLCN' });
    expect(signed.state.stage).toBe('NOT_MET');
    expect(signed.steps.map((x) => x.kind)).toEqual(['CONCLUDED', 'STAGE_CHANGED']);
  });

  it('sends a supplement request to the commune and returns to the stage that asked', () => {
    let s = atAppraisal();
    s = walk(s, [
      [appraiser, { type: 'REQUEST_SUPPLEMENT', items: [{ code: '7', reasonVi: 'Thiếu ảnh chụp nhà chợ' }] }],
    ]);
    expect(s).toMatchObject({ stage: 'SUPPLEMENT', supplement: { returnTo: 'DEPARTMENT_APPRAISAL' } });
    s = walk(s, [[local, { type: 'SUBMIT_SUPPLEMENT', assessment }]]);
    expect(s).toMatchObject({ stage: 'DEPARTMENT_APPRAISAL', supplement: null });
  });

  it('revokes a recognition with the indicators no longer met, then re-appraises in a new round', () => {
    let s = atAppraisal();
    s = walk(s, [
      ...template.indicators.map((i): [RuralActor, RuralAction] => [
        appraiser,
        { type: 'OVERRIDE_INDICATOR', indicatorCode: i.code, verdict: 'DAT', reason: 'Đã kiểm tra thực tế' },
      ]),
      [appraiser, { type: 'PROPOSE_CONCLUSION', note: 'Đề nghị công nhận' }],
      [leader, { type: 'SIGN_CONCLUSION', conclusionNumber: '13/SCT-QLCN' }],
    ]);
    expect(s.stage).toBe('PASSED');
    expect(checkRuralAction(s, leader, { type: 'REVOKE', reason: 'Chợ xuống cấp', indicatorCodes: [] })?.code).toBe(
      'FIELD_REQUIRED',
    );
    s = walk(s, [
      [leader, { type: 'REVOKE', reason: 'Chợ xuống cấp', indicatorCodes: ['7'] }],
      [appraiser, { type: 'REAPPRAISE', reason: 'Xã đã sửa chợ' }],
    ]);
    expect(s).toMatchObject({ stage: 'SELF_ASSESSMENT', round: 2, decisions: {}, conclusion: null });
  });
});

describe('rural appraisal procedure: deadlines', () => {
  it('expires a supplement not sent in time, and marks any other late stage overdue without moving it', () => {
    const s = registered('2025-08-01', 'X-XUAN-LOC', null);
    const waiting = { ...s, stage: 'SUPPLEMENT' as const, dueAt: '2025-08-15T16:59:59.999Z' };
    expect(deadlinePassed(waiting)).toEqual([
      { kind: 'STAGE_CHANGED', from: 'SUPPLEMENT', to: 'EXPIRED', note: 'Quá hạn bổ sung hồ sơ' },
    ]);
    const late = { ...s, stage: 'SITE_INSPECTION' as const, dueAt: '2025-08-15T16:59:59.999Z' };
    expect(deadlinePassed(late)).toEqual([
      { kind: 'STAGE_OVERDUE', stage: 'SITE_INSPECTION', dueAt: '2025-08-15T16:59:59.999Z' },
    ]);
    expect(late).toMatchObject({ stage: 'SITE_INSPECTION', overdue: true });
  });
});
