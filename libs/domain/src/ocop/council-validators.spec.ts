import { DomainRefusalError } from '../refusals/domain-refusal';
import type { OcopActor, OcopCouncilState } from './council-state';
import {
  checkSheet,
  everyoneDone,
  requireAbandonReason,
  requireAppraiser,
  requireCommuneReporter,
  seatOf,
} from './council-validators';
import { ocopPack1489 } from './ocop-packs';
import { scoreTemplate } from './score-template';
import { answersFor } from './testing/sheet-builders';

const member = (userId: string): OcopActor => ({ userId, roles: ['COUNCIL_MEMBER'], unitCode: 'DN-HD-KC' });
const council = (): OcopCouncilState => ({
  level: 'PROVINCE',
  quorum: 2,
  status: 'OPEN',
  result: null,
  members: [
    { userId: 'hd-1', name: 'Phạm Quốc Dũng', conflict: null, sheet: null },
    { userId: 'hd-2', name: 'Ngô Thị Mai', conflict: true, sheet: null },
  ],
});

/** The Vietnamese text of the typed refusal a rule throws (undefined when it does not refuse). */
function refusedVi(rule: () => unknown): string | undefined {
  try {
    rule();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRefusalError);
    return (error as DomainRefusalError).refusal.vi;
  }
  return undefined;
}

describe('the OCOP council rules the workflow validates with', () => {
  const template = scoreTemplate(ocopPack1489, 'FOOD-3b');

  it('refuses anyone outside the sitting council, and everyone once it has closed', () => {
    expect(refusedVi(() => seatOf(council(), member('hd-9')))).toMatch(/không phải thành viên/);
    expect(refusedVi(() => seatOf({ ...council(), status: 'CLOSED' }, member('hd-1')))).toMatch(/đã kết thúc/);
    expect(refusedVi(() => seatOf(undefined, member('hd-1')))).toMatch(/Không có Hội đồng nào đang họp/);
    expect(seatOf(council(), member('hd-1')).name).toBe('Phạm Quốc Dũng');
  });

  it('takes a sheet only after a declaration without conflict, and only a valid one', () => {
    const c = council();
    expect(refusedVi(() => checkSheet(template, c.members[0], answersFor(template, 80)))).toMatch(
      /khai báo xung đột lợi ích trước/,
    );
    expect(refusedVi(() => checkSheet(template, c.members[1], answersFor(template, 80)))).toMatch(
      /không chấm sản phẩm này/,
    );
    c.members[0].conflict = false;
    expect(checkSheet(template, c.members[0], answersFor(template, 80)).total).toBe(80);
    expect(refusedVi(() => checkSheet(template, c.members[0], { A1: 999 }))).toMatch(/Phiếu chấm không hợp lệ/);
  });

  it('counts a council done when every member declared a conflict or handed in a sheet', () => {
    const c = council();
    expect(everyoneDone(c)).toBe(false);
    c.members[0].sheet = { points: {}, partTotals: { A: 30, B: 20, C: 25 }, total: 75 };
    expect(everyoneDone(c)).toBe(true);
  });

  it('lets only appraisers steer, and only the product’s commune (or an appraiser) report', () => {
    const appraiser: OcopActor = { userId: 'td-1', roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' };
    expect(refusedVi(() => requireAppraiser(member('hd-1')))).toMatch(/Chỉ cán bộ thẩm định/);
    expect(() => requireAppraiser(appraiser)).not.toThrow();
    const officer = (unitCode: string): OcopActor => ({ userId: 'xa-1', roles: ['LOCAL_OFFICER'], unitCode });
    expect(() => requireCommuneReporter(officer('X-XUAN-LOC'), 'X-XUAN-LOC')).not.toThrow();
    expect(refusedVi(() => requireCommuneReporter(officer('X-TAN-PHU'), 'X-XUAN-LOC'))).toMatch(/xã khác/);
    expect(refusedVi(() => requireCommuneReporter(member('hd-1'), 'X-XUAN-LOC'))).toMatch(/Chỉ cán bộ UBND xã/);
    expect(() => requireCommuneReporter(appraiser, 'X-XUAN-LOC')).not.toThrow();
  });

  it('asks a reason of at least ten characters, not counting the spaces around it, to abandon a round', () => {
    const code = (reason: unknown) => {
      try {
        requireAbandonReason(reason);
        return null;
      } catch (error) {
        return (error as DomainRefusalError).refusal.code;
      }
    };
    expect(code('   ngắn    ')).toBe('ABANDON_REASON_REQUIRED');
    expect(code(undefined)).toBe('ABANDON_REASON_REQUIRED');
    expect(code('Không đủ thành viên.')).toBeNull();
  });
});
