import { requestJson } from '@kc/testing';
import { startAppraisals, type AppraisalsHarness } from './appraisals-harness';

describe('appraisals: programme budgets are changed by leaders only, each change recorded with its reason', () => {
  let h: AppraisalsHarness;
  let base: string;
  let issuer: AppraisalsHarness['issuer'];
  const year = 2097; // a year no other test uses (step-activity 2093, seed 2091-2092)
  const forget = async () => {
    await h.db.query(`DELETE FROM appraisals.budget_changes WHERE year = $1`, [year]);
    await h.db.query(`DELETE FROM appraisals.program_budgets WHERE year = $1`, [year]);
  };

  beforeAll(async () => {
    h = await startAppraisals('budgets');
    ({ base, issuer } = h);
    await forget();
  });
  afterAll(async () => {
    if (h) await forget();
    await h?.close();
  });

  const put = (authorization: string, body: object) =>
    requestJson(`${base}/budgets/MACHINERY/${year}`, authorization, { method: 'PUT', body });

  it('refuses everyone but a Department leader, and a change without a reason', async () => {
    for (const roles of [['OPERATOR'], ['ADMIN'], ['DEPARTMENT_APPRAISER']] as const) {
      const other = await issuer.token({ roles: [...roles], unitCode: 'DN-SCT' });
      expect((await put(other.authorization, { totalVnd: 1, reason: 'Tự ý thay đổi' })).status).toBe(403);
    }
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' });
    const noReason = await put(leader.authorization, { totalVnd: 1 });
    expect(noReason.status).toBe(400);
    expect((await put(leader.authorization, { totalVnd: 1, reason: '  ' })).status).toBe(400);
  });

  it('records who changed the budget, from what, to what and why', async () => {
    const leader = await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT', name: 'Lê Văn Lãnh Đạo' });
    expect(
      await put(leader.authorization, { totalVnd: 2_000_000_000, reason: 'Kế hoạch năm được UBND tỉnh giao' }),
    ).toMatchObject({ status: 200, body: { totalVnd: 2_000_000_000 } });
    expect(
      await put(leader.authorization, {
        totalVnd: 1_500_000_000,
        reason: 'Điều chuyển 500 triệu sang chương trình khác',
      }),
    ).toMatchObject({ status: 200, body: { totalVnd: 1_500_000_000 } });
    const appraiser = await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' });
    const history = await requestJson(`${base}/budgets/MACHINERY/${year}/changes`, appraiser.authorization);
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        changedBy: leader.user.id,
        changedByName: 'Lê Văn Lãnh Đạo',
        beforeVnd: 2_000_000_000,
        afterVnd: 1_500_000_000,
        reason: 'Điều chuyển 500 triệu sang chương trình khác',
      }),
      expect.objectContaining({ beforeVnd: null, afterVnd: 2_000_000_000, reason: 'Kế hoạch năm được UBND tỉnh giao' }),
    ]);
  });
});
