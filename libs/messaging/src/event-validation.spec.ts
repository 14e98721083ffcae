import { randomUUID } from 'node:crypto';
import { decodeMessage, validateEnvelope } from './event-validation';

const valid = () => ({
  id: randomUUID(),
  type: 'ApplicationWithdrawn',
  version: 1,
  occurredAt: '2026-11-28T08:00:00.000Z',
  aggregateId: 'a-1',
  aggregateType: 'Application',
  correlationId: 'c-1',
  causationId: null,
  producer: 'applications',
  actor: { kind: 'user', id: 'u-1', role: 'APPLICANT' },
  payload: {
    applicationId: randomUUID(),
    dossierCode: 'KC-2026-000123',
    reason: 'Cơ sở đã tự đầu tư máy móc',
    withdrawnAt: '2026-11-28T08:00:00.000Z',
  },
});

describe('event validation at the consumer edge', () => {
  it('accepts a well-formed event and keeps Vietnamese text intact', () => {
    const result = decodeMessage(Buffer.from(JSON.stringify(valid())));
    expect(result.ok && (result.envelope.payload as { reason: string }).reason).toBe('Cơ sở đã tự đầu tư máy móc');
  });

  it.each([
    ['not JSON', Buffer.from('{oops'), /not JSON/],
    ['a tombstone', null, /empty message/],
    ['an envelope without id', Buffer.from(JSON.stringify({ ...valid(), id: undefined })), /invalid envelope: id/],
    [
      'an unknown type',
      Buffer.from(JSON.stringify({ ...valid(), type: 'SomethingElse' })),
      /unknown event type SomethingElse v1/,
    ],
    [
      'an unknown version',
      Buffer.from(JSON.stringify({ ...valid(), version: 2 })),
      /unknown event type ApplicationWithdrawn v2/,
    ],
    [
      'a bad dossier code',
      Buffer.from(JSON.stringify({ ...valid(), payload: { ...valid().payload, dossierCode: 'X-1' } })),
      /payload: dossierCode/,
    ],
  ])('rejects %s with a reason', (_label, value, reason) => {
    const result = decodeMessage(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it('rejects a payload missing a required field, naming the field', () => {
    const { reason: _dropped, ...payload } = valid().payload;
    const result = validateEnvelope({ ...valid(), payload });
    expect(!result.ok && result.reason).toMatch(/payload: reason/);
  });

  it('accepts unknown types only for a consumer that asks to, and still checks the types it knows', () => {
    const unknown = { ...valid(), type: 'SomethingNewHappened', payload: { a: 1 } };
    expect(validateEnvelope(unknown).ok).toBe(false);
    const accepted = validateEnvelope(unknown, { acceptUnknownTypes: true });
    expect(accepted.ok && accepted.envelope.payload).toEqual({ a: 1 });
    expect(validateEnvelope({ ...valid(), payload: { reason: 'x' } }, { acceptUnknownTypes: true }).ok).toBe(false);
  });
});
