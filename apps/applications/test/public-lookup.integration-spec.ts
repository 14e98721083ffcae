import { DataSource } from 'typeorm';
import { Topics } from '@kc/contracts';
import { producerConfig } from '@kc/messaging';
import { envelopeMessage, expectEventually, testTopic } from '@kc/testing';
import { PDF, startApplications } from './applications-harness';

type Harness = Awaited<ReturnType<typeof startApplications>>;

const draft = {
  programCode: 'MACHINERY',
  title: 'Máy ép dầu điều',
  establishment: { name: 'Cơ sở Dầu điều Long Khánh', type: 'HOUSEHOLD_BUSINESS', address: 'Xã Xuân Lộc, Đồng Nai' },
  localUnitCode: 'X-XUAN-LOC',
  cost: { eligibleCostVnd: 400_000_000 },
};

describe('public lookup: long secrets, no amounts, throttled', () => {
  let h: Harness;
  let dossierId: string;
  let receipt: { dossierCode: string; lookupSecret: string };
  const lookup = (code: string, secret: string) =>
    h.call('GET', `/public/dossiers/${code}?secret=${encodeURIComponent(secret)}`, undefined);

  beforeAll(async () => {
    process.env.PUBLIC_LOOKUP_PER_MINUTE = '12';
    h = await startApplications();
    const applicant = await h.issuer.token({ name: 'Phạm Thị Hoa' });
    dossierId = (await h.call('POST', '/applications', applicant.authorization, draft)).body.id;
    for (const code of ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'])
      expect((await h.upload(applicant.authorization, dossierId, code, PDF, `${code}.pdf`)).status).toBe(201);
    receipt = (await h.call('POST', `/applications/${dossierId}/submit`, applicant.authorization)).body;
  });
  afterAll(async () => h?.close());

  it('gives a new dossier a secret of at least 64 bits, and still honours an older short one', async () => {
    expect(receipt.lookupSecret).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    expect((await lookup(receipt.dossierCode, receipt.lookupSecret.replace(/-/g, '').toLowerCase())).status).toBe(200);
    expect((await lookup(receipt.dossierCode, receipt.lookupSecret.slice(0, 9))).status).toBe(404);

    const db = h.app.get(DataSource);
    await db.query(`UPDATE applications.dossiers SET lookup_secret = 'K7QF93KD' WHERE id = $1`, [dossierId]);
    expect((await lookup(receipt.dossierCode, 'k7qf93kd')).status).toBe(200);
    await db.query(`UPDATE applications.dossiers SET lookup_secret = $2 WHERE id = $1`, [
      dossierId,
      receipt.lookupSecret,
    ]);
  });

  it('shows the approval and the disbursement in the public timeline without their amounts', async () => {
    const producer = h.kafka.producer(producerConfig);
    await producer.connect();
    const officer = { producer: 'appraisals', actor: { kind: 'user', id: 'ld-1', role: 'DEPARTMENT_LEADER' } } as const;
    const decided = { applicationId: dossierId, dossierCode: receipt.dossierCode, decidedAt: new Date().toISOString() };
    await producer.send({
      topic: testTopic(Topics.appraisalsEvents),
      messages: [
        envelopeMessage('ApplicationApproved', dossierId, { ...decided, amountVnd: 187_500_000 }, officer),
        envelopeMessage('DisbursementRecorded', dossierId, { ...decided, amountVnd: 93_750_000 }, officer),
      ],
    });
    await producer.disconnect();
    await expectEventually(async () => {
      const kinds = (await lookup(receipt.dossierCode, receipt.lookupSecret)).body.timeline.map(
        (t: { kind: string }) => t.kind,
      );
      expect(kinds).toEqual(expect.arrayContaining(['APPROVED', 'DISBURSED']));
    }, 20_000);
    const found = await lookup(receipt.dossierCode, receipt.lookupSecret);
    const text = JSON.stringify(found.body);
    expect(text).not.toMatch(/187[.,]?500|93[.,]?750|đồng|VND/);
    expect(found.body.timeline.find((t: { kind: string }) => t.kind === 'APPROVED')).toMatchObject({
      labelVi: 'Được phê duyệt hỗ trợ',
      labelEn: 'Approved support',
    });
  });

  it('throttles one client address guessing secrets', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) statuses.push((await lookup(receipt.dossierCode, `GUESS-${i}`)).status);
    expect(statuses).toContain(429);
    // Another address (as the gateway forwards it) is not held back by this one.
    const other = await h.call(
      'GET',
      `/public/dossiers/${receipt.dossierCode}?secret=${receipt.lookupSecret}`,
      undefined,
      undefined,
      { 'x-forwarded-for': '10.9.8.7' },
    );
    expect(other.status).toBe(200);
  });
});
