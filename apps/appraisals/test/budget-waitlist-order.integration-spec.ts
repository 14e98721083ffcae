// Freed money reaches wait-listed dossiers strictly in order of approval, on the real servers: Kafka in,
// the approval workflows on Temporal, the budget ledger on Postgres, the events out through the outbox.
import { vietnamDate } from '@kc/domain';
import { expectEventually, requestJson, type startTestTokenIssuer } from '@kc/testing';
import { startAppraisals, type AppraisalsHarness } from './appraisals-harness';

type Token = Awaited<ReturnType<Awaited<ReturnType<typeof startTestTokenIssuer>>['token']>>;

describe('appraisals: freed budget goes to wait-listed dossiers in order of approval', () => {
  const programCode = 'DEMO_MODEL'; // no other test approves in this programme
  const year = Number(vietnamDate(new Date()).slice(0, 4)); // the year approvals reserve in
  let h: AppraisalsHarness;
  let base: string;
  let officers: Record<'commune' | 'appraiser' | 'leader' | 'operator', Token>;
  let council: Awaited<ReturnType<AppraisalsHarness['councilMembers']>>;

  beforeAll(async () => {
    h = await startAppraisals('waitlist');
    base = h.base;
    // Dossiers left waiting by earlier runs (their workflows gone) would stand first in line.
    await h.db.query(`DELETE FROM appraisals.budget_reservations WHERE program_code = $1 AND year = $2`, [
      programCode,
      year,
    ]);
    const { issuer } = h;
    officers = {
      commune: await issuer.token({ roles: ['LOCAL_OFFICER'], unitCode: 'X-XUAN-LOC' }),
      appraiser: await issuer.token({ roles: ['DEPARTMENT_APPRAISER'], unitCode: 'DN-SCT' }),
      leader: await issuer.token({ roles: ['DEPARTMENT_LEADER'], unitCode: 'DN-SCT' }),
      operator: await issuer.token({ roles: ['OPERATOR'] }),
    };
    council = await h.councilMembers(3);
  });
  afterAll(async () => h?.close());

  const eventsFor = (applicationId: string) => h.allEventsFor(applicationId);
  const approval = async (applicationId: string) =>
    (await requestJson(`${base}/approvals/${applicationId}`, officers.operator.authorization)).body;
  const setBudget = (totalVnd: number, reason: string) =>
    requestJson(`${base}/budgets/${programCode}/${year}`, officers.leader.authorization, {
      method: 'PUT',
      body: { totalVnd, reason },
    });
  const overview = async () =>
    (await requestJson(`${base}/budgets?year=${year}`, officers.operator.authorization)).body.items.find(
      (b: { programCode: string }) => b.programCode === programCode,
    );

  /** The officer's action, once the dossier is theirs to see (the step that shows it is recorded just after). */
  async function act(token: Token, applicationId: string, action: object) {
    await expectEventually(
      async () => expect((await h.act(token.authorization, applicationId, action)).status).toBe(200),
      30_000,
    );
  }

  /** Submitted, through every stage, to the leader's approval of `amountVnd`: answers the budget's verdict. */
  async function approved(amountVnd: number): Promise<{ applicationId: string; budget: string }> {
    const applicationId = await h.submit({ programCode, proposedSupportVnd: 200_000_000 });
    await act(officers.commune, applicationId, { type: 'ACCEPT' });
    await act(officers.commune, applicationId, { type: 'RECOMMEND', supports: true, note: 'Cơ sở đủ điều kiện' });
    await act(officers.appraiser, applicationId, { type: 'PROPOSE_AMOUNT', amountVnd });
    await expectEventually(async () => {
      const seated = await h.seat(
        officers.appraiser.authorization,
        applicationId,
        council.map((m) => m.id),
      );
      expect(seated.status).toBe(200);
    }, 30_000);
    for (const member of council) await act(member, applicationId, { type: 'DECLARE_CONFLICT', hasConflict: false });
    for (const member of council) await act(member, applicationId, { type: 'VOTE', approve: true });
    await act(officers.leader, applicationId, { type: 'APPROVE' });
    return { applicationId, budget: (await approval(applicationId)).budget };
  }

  it('lets nobody pass the oldest waiting dossier, then funds it first', async () => {
    expect((await setBudget(150_000_000, 'Kế hoạch năm được giao')).status).toBe(200);
    const holder = await approved(150_000_000);
    expect(holder.budget).toBe('RESERVED');
    // A (oldest, biggest), B, C (newest, smallest) wait for money, in this order of approval.
    const a = await approved(180_000_000);
    const b = await approved(120_000_000);
    const c = await approved(50_000_000);
    expect([a.budget, b.budget, c.budget]).toEqual(['WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    await expectEventually(() => {
      const places = [a, b, c].map(
        (d) => eventsFor(d.applicationId).find((e) => e.type === 'BudgetWaitlisted')?.payload.position,
      );
      expect(places).toEqual([1, 2, 3]);
    }, 30_000);

    // 150 million freed: enough for C (50) or B (120), not for A (180). Nobody passes A.
    await act(officers.operator, holder.applicationId, { type: 'CANCEL', reason: 'Cơ sở ngừng hoạt động' });
    await expectEventually(
      () => expect(eventsFor(holder.applicationId).map((e) => e.type)).toContain('BudgetReleased'),
      30_000,
    );
    expect(await overview()).toMatchObject({ reservedVnd: 0, availableVnd: 150_000_000, waiting: 3 });
    for (const d of [a, b, c]) expect(await approval(d.applicationId)).toMatchObject({ budget: 'WAITLISTED' });

    // 200 million: A is funded first, and alone (the 20 million left fits neither B nor C).
    const raised = await setBudget(200_000_000, 'Bổ sung kinh phí giữa năm');
    expect(raised).toMatchObject({ status: 200, body: { notified: 1, waiting: 2 } });
    await expectEventually(
      async () => expect(await approval(a.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
    for (const d of [b, c])
      expect(await approval(d.applicationId)).toMatchObject({ stage: 'LEADER_APPROVAL', budget: 'WAITLISTED' });
    await expectEventually(
      () => expect(eventsFor(a.applicationId).map((e) => e.type)).toEqual(expect.arrayContaining(['BudgetReserved'])),
      30_000,
    );

    // B is funded but its wake-up is lost (Temporal was unreachable, say): the next budget change wakes it.
    await h.db.query(`UPDATE appraisals.budget_reservations SET status = 'RESERVED' WHERE application_id = $1`, [
      b.applicationId,
    ]);
    expect(await setBudget(320_000_000, 'Điều chỉnh kinh phí năm')).toMatchObject({ body: { notified: 1 } });
    await expectEventually(
      async () => expect(await approval(b.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
    expect(await approval(c.applicationId)).toMatchObject({ budget: 'WAITLISTED' });
    await expectEventually(
      () => expect(eventsFor(b.applicationId).map((e) => e.type)).toEqual(expect.arrayContaining(['BudgetReserved'])),
      30_000,
    );

    // Enough for the last one: C follows.
    expect(await setBudget(400_000_000, 'Bổ sung kinh phí cuối năm')).toMatchObject({ body: { notified: 1 } });
    await expectEventually(
      async () => expect(await approval(c.applicationId)).toMatchObject({ stage: 'IMPLEMENTATION' }),
      30_000,
    );
  });
});
