import { randomUUID } from 'node:crypto';
import { Topics } from '@kc/contracts';
import { producerConfig } from '@kc/messaging';
import { envelopeMessage, expectEventually, testTopic } from '@kc/testing';
import { PDF, startApplications } from './applications-harness';

type Harness = Awaited<ReturnType<typeof startApplications>>;

const draft = {
  programCode: 'MACHINERY',
  title: 'Đầu tư máy sấy hạt điều tự động',
  establishment: {
    name: 'Hộ kinh doanh Hạt điều Xuân Lộc',
    type: 'HOUSEHOLD_BUSINESS',
    address: 'Ấp 1, xã Xuân Lộc, tỉnh Đồng Nai',
  },
  localUnitCode: 'X-XUAN-LOC',
  cost: { eligibleCostVnd: 400_000_000 },
};
const requiredDocs = ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'];

describe('applicant dossiers over HTTP, the database and Kafka', () => {
  let h: Harness;
  let alice: { authorization: string };
  let bob: { authorization: string };
  let dossierId: string;
  let receipt: { dossierCode: string; lookupSecret: string; proposedSupportVnd: number; expectedResultDate: string };

  beforeAll(async () => {
    h = await startApplications();
    alice = await h.issuer.token({ name: 'Nguyễn Văn An' });
    bob = await h.issuer.token({ name: 'Trần Văn Bình' });
  });
  afterAll(async () => h?.close());

  it('lists the communes and wards that receive dossiers today, and the districts of 2024', async () => {
    const today = await h.call('GET', '/units?kind=COMMUNE', undefined);
    expect(today.body.items.map((u: { name: string }) => u.name)).toContain('Xã Xuân Lộc');
    const before = await h.call('GET', '/units?kind=DISTRICT&on=2024-05-02', undefined);
    expect(before.body.items).toHaveLength(11);
    expect((await h.call('GET', '/units?on=02/05/2024', undefined)).status).toBe(400);
  });

  it('lists the programmes and estimates support without signing in', async () => {
    const catalogue = await h.call('GET', '/programs', undefined);
    expect(catalogue.status).toBe(200);
    expect(catalogue.body.items.map((p: { code: string }) => p.code).sort()).toEqual([
      'DEMO_MODEL',
      'MACHINERY',
      'RELOCATION_INTEREST',
      'ROOFTOP_SOLAR',
    ]);
    const estimate = await h.call('POST', '/programs/MACHINERY/estimate', undefined, {
      eligibleCostVnd: 800_000_000,
      wholeTechnologyLine: true,
    });
    expect(estimate.body).toMatchObject({ supportVnd: 400_000_000, capVnd: 450_000_000, capped: false });
  });

  it('refuses a bad draft with per-field messages and writes nothing', async () => {
    const before = await h.call('GET', '/applications', alice.authorization);
    const bad = await h.call('POST', '/applications', alice.authorization, {
      ...draft,
      cost: { eligibleCostVnd: -5 },
      isApproved: true,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['cost.eligibleCostVnd', '(body)']),
    );
    const unknownUnit = await h.call('POST', '/applications', alice.authorization, {
      ...draft,
      localUnitCode: 'X-KHONG-CO',
    });
    expect(unknownUnit.status).toBe(400);
    expect((await h.call('GET', '/applications', alice.authorization)).body.total).toBe(before.body.total);
    expect((await h.call('POST', '/applications', undefined, draft)).status).toBe(401);
  });

  it('creates a draft, takes documents judged by content, and will not submit it incomplete', async () => {
    const created = await h.call('POST', '/applications', alice.authorization, draft);
    expect(created.status).toBe(201);
    dossierId = created.body.id;
    expect(created.body).toMatchObject({ status: 'DRAFT', dossierCode: null, title: draft.title });

    const exe = await h.upload(
      alice.authorization,
      dossierId,
      'REQUEST_LETTER',
      Buffer.from('MZ\x90\x00 this is a program'),
      'don-de-nghi.pdf',
    );
    expect(exe.status).toBe(415);
    const tooBig = await h.upload(
      alice.authorization,
      dossierId,
      'REQUEST_LETTER',
      Buffer.concat([PDF, Buffer.alloc(70 * 1024)]),
      'lon.pdf',
    );
    expect(tooBig.status).toBe(413);
    const first = await h.upload(alice.authorization, dossierId, 'REQUEST_LETTER', PDF, 'Đơn đề nghị.pdf');
    expect(first).toMatchObject({ status: 201, body: { mime: 'application/pdf', fileName: 'Đơn đề nghị.pdf' } });

    const incomplete = await h.call('POST', `/applications/${dossierId}/submit`, alice.authorization);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'documents.BUSINESS_REGISTRATION',
      'documents.PROJECT_PROPOSAL',
      'documents.QUOTATIONS',
    ]);
    for (const code of requiredDocs.slice(1))
      expect((await h.upload(alice.authorization, dossierId, code, PDF, `${code}.pdf`)).status).toBe(201);
  });

  it('keeps one applicant out of another’s dossier', async () => {
    expect((await h.call('GET', `/applications/${dossierId}`, bob.authorization)).status).toBe(404);
    expect(
      (await h.call('PATCH', `/applications/${dossierId}`, bob.authorization, { title: 'Chiếm quyền' })).status,
    ).toBe(404);
    expect((await h.call('POST', `/applications/${dossierId}/submit`, bob.authorization)).status).toBe(404);
    expect((await h.upload(bob.authorization, dossierId, 'QUOTATIONS', PDF, 'x.pdf')).status).toBe(404);
    expect((await h.call('GET', '/applications', bob.authorization)).body.items).toEqual([]);
  });

  it('submits once: a code, a receipt, the event on Kafka; a retry with the same Idempotency-Key returns the same receipt', async () => {
    const key = randomUUID();
    const submitted = await h.call('POST', `/applications/${dossierId}/submit`, alice.authorization, undefined, {
      'idempotency-key': key,
    });
    expect(submitted.status).toBe(201);
    receipt = submitted.body;
    expect(receipt.dossierCode).toMatch(/^KC-\d{4}-\d{6}$/);
    expect(receipt.proposedSupportVnd).toBe(200_000_000);
    expect(receipt.expectedResultDate > new Date().toISOString().slice(0, 10)).toBe(true);

    const again = await h.call('POST', `/applications/${dossierId}/submit`, alice.authorization, undefined, {
      'idempotency-key': key,
    });
    expect(again).toMatchObject({ status: 200, body: { dossierCode: receipt.dossierCode } });
    expect((await h.call('POST', `/applications/${dossierId}/submit`, alice.authorization)).status).toBe(409);

    await expectEventually(() =>
      expect(h.tap.received.filter((r) => r.message.key?.toString() === dossierId)).toHaveLength(1),
    );
    const event = JSON.parse(
      h.tap.received.find((r) => r.message.key?.toString() === dossierId)!.message.value!.toString(),
    );
    expect(event).toMatchObject({
      type: 'ApplicationSubmitted',
      payload: { dossierCode: receipt.dossierCode, proposedSupportVnd: 200_000_000, localUnitCode: 'X-XUAN-LOC' },
    });
  });

  it('freezes the submitted content', async () => {
    expect(
      (await h.call('PATCH', `/applications/${dossierId}`, alice.authorization, { title: 'Sửa sau khi nộp' })).status,
    ).toBe(409);
    expect((await h.upload(alice.authorization, dossierId, 'QUOTATIONS', PDF, 'moi.pdf')).status).toBe(409);
    expect((await h.call('GET', `/applications/${dossierId}`, alice.authorization)).body.title).toBe(draft.title);
  });

  it('serves the receipt again, as JSON and as a PDF', async () => {
    const json = await h.call('GET', `/applications/${dossierId}/receipt`, alice.authorization);
    expect(json.body).toMatchObject({
      dossierCode: receipt.dossierCode,
      localUnitName: 'Xã Xuân Lộc',
      publicLookupUrl: expect.stringContaining(`#/tra-cuu?ma=${receipt.dossierCode}`),
    });
    const res = await fetch(`${h.base}/applications/${dossierId}/receipt.pdf`, {
      headers: { authorization: alice.authorization },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lets anyone with the code and secret follow the dossier, without personal data', async () => {
    const found = await h.call(
      'GET',
      `/public/dossiers/${receipt.dossierCode}?secret=${receipt.lookupSecret.toLowerCase()}`,
      undefined,
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ dossierCode: receipt.dossierCode, status: 'SUBMITTED' });
    expect(JSON.stringify(found.body)).not.toMatch(/Nguyễn Văn An|Hạt điều Xuân Lộc|200000000/);
    const wrong = await h.call('GET', `/public/dossiers/${receipt.dossierCode}?secret=AAAAAAAA`, undefined);
    expect(wrong.status).toBe(404);
    expect((await h.call('GET', `/public/dossiers/${receipt.dossierCode}`, undefined)).status).toBe(404);
  });

  it('projects stage changes and a supplement request, takes the supplement, then a withdrawal', async () => {
    const producer = h.kafka.producer(producerConfig);
    await producer.connect();
    const officer = {
      producer: 'appraisals',
      actor: { kind: 'user', id: 'officer-1', role: 'LOCAL_OFFICER' },
    } as const;
    const envelope = (type: string, payload: object) => envelopeMessage(type, dossierId, payload, officer);
    const requestId = `sr-${randomUUID()}`;
    await producer.send({
      topic: testTopic(Topics.appraisalsEvents),
      messages: [
        envelope('StageChanged', {
          applicationId: dossierId,
          dossierCode: receipt.dossierCode,
          from: null,
          to: 'RECEPTION',
          unitCode: 'X-XUAN-LOC',
          dueAt: null,
          note: null,
          changedAt: new Date().toISOString(),
        }),
        envelope('SupplementRequested', {
          applicationId: dossierId,
          dossierCode: receipt.dossierCode,
          supplementRequestId: requestId,
          stage: 'RECEPTION',
          items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Báo giá chưa có chữ ký, đóng dấu' }],
          dueDate: '2027-01-15',
          requestedAt: new Date().toISOString(),
        }),
      ],
    });
    await producer.disconnect();
    await expectEventually(async () =>
      expect((await h.call('GET', `/applications/${dossierId}`, alice.authorization)).body.status).toBe(
        'AWAITING_SUPPLEMENT',
      ),
    );
    const view = (await h.call('GET', `/applications/${dossierId}`, alice.authorization)).body;
    expect(view.timeline.map((t: { kind: string }) => t.kind)).toEqual([
      'CREATED',
      'SUBMITTED',
      'STAGE_CHANGED',
      'SUPPLEMENT_REQUESTED',
    ]);
    expect(view.timeline[2].labelVi).toBe('Tiếp nhận và kiểm tra hồ sơ');
    expect(view.supplementRequests).toEqual([
      expect.objectContaining({
        id: requestId,
        dueDate: '2027-01-15',
        answeredAt: null,
        items: [{ documentCode: 'QUOTATIONS', reasonVi: 'Báo giá chưa có chữ ký, đóng dấu' }],
      }),
    ]);

    expect(
      (await h.call('POST', `/applications/${dossierId}/supplements/${requestId}`, alice.authorization)).status,
    ).toBe(422);
    expect((await h.upload(alice.authorization, dossierId, 'REQUEST_LETTER', PDF, 'x.pdf', requestId)).status).toBe(
      400,
    );
    expect(
      (await h.upload(alice.authorization, dossierId, 'QUOTATIONS', PDF, 'bao-gia-co-dau.pdf', requestId)).status,
    ).toBe(201);
    const answered = await h.call('POST', `/applications/${dossierId}/supplements/${requestId}`, alice.authorization);
    expect(answered).toMatchObject({ status: 201, body: { status: 'IN_REVIEW' } });

    const withdrawn = await h.call('POST', `/applications/${dossierId}/withdraw`, alice.authorization, {
      reason: 'Cơ sở đã tự mua máy',
    });
    expect(withdrawn).toMatchObject({ status: 200, body: { status: 'WITHDRAWN' } });
    await expectEventually(() =>
      expect(
        h.tap.received
          .filter((r) => r.message.key?.toString() === dossierId)
          .map((r) => JSON.parse(r.message.value!.toString()).type),
      ).toEqual(['ApplicationSubmitted', 'SupplementSubmitted', 'ApplicationWithdrawn']),
    );
  });

  it('pages through my dossiers and filters them', async () => {
    for (let i = 0; i < 3; i++)
      await h.call('POST', '/applications', alice.authorization, { ...draft, title: `Hồ sơ nháp ${i}` });
    const page = await h.call('GET', '/applications?page=1&pageSize=2&status=DRAFT', alice.authorization);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
    expect(page.body.items).toHaveLength(2);
    expect((await h.call('GET', '/applications?status=WITHDRAWN', alice.authorization)).body.total).toBe(1);
    expect((await h.call('GET', '/applications?pageSize=1000', alice.authorization)).status).toBe(400);
  });
});
