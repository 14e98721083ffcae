import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@kc/contracts';
import { WorkingDayCalendar, vietnamHolidays } from '@kc/domain';
import { CaseDerivation } from './derive-case';
import type { FactContext } from './fact-projector';
import { factsOf } from './fact-projectors';

const calendar = new WorkingDayCalendar(vietnamHolidays);
const products: FactContext = { product: async () => ({ unitCode: 'X-XUAN-LOC', groupCode: 'FOOD' }) };
const envelope = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  id: randomUUID(),
  type,
  version: 1,
  occurredAt: '2026-11-02T01:00:00.000Z',
  aggregateId: String(payload.productId),
  aggregateType: 'OcopProduct',
  correlationId: randomUUID(),
  causationId: null,
  producer: 'ocop',
  actor: { kind: 'service', id: 'ocop' },
  payload,
});

describe('an OCOP round as an operations case', () => {
  const evaluationId = randomUUID();
  const round = { productId: randomUUID(), evaluationId, round: 1, packId: 'ocop-1489', productName: 'Mật ong rừng' };

  it('is closed, without stars, when the appraiser abandons it while it waits for a council', async () => {
    const facts = [
      ...(await factsOf(
        envelope('OcopEvaluationStarted', {
          ...round,
          levels: [{ level: 'PROVINCE', role: 'EVALUATE' }],
          startedAt: '2026-11-02T01:00:00.000Z',
        }),
        products,
      )),
      ...(await factsOf(
        envelope('OcopEvaluationAbandoned', {
          ...round,
          holderId: null,
          level: 'PROVINCE',
          reason: 'Không đủ thành viên Hội đồng',
          abandonedBy: 'tham-dinh',
          abandonedAt: '2026-11-05T01:00:00.000Z',
        }),
        products,
      )),
    ];
    const { row, visits } = CaseDerivation.derive(calendar, evaluationId, facts);
    expect(row).toMatchObject({ caseKind: 'OCOP', outcome: 'ABANDONED', closedAt: expect.any(String) });
    expect(visits.every((v) => v.leftAt !== null)).toBe(true);
  });
});
