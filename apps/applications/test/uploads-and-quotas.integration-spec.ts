import fs from 'node:fs';
import path from 'node:path';
import { PDF, startApplications } from './applications-harness';

type Harness = Awaited<ReturnType<typeof startApplications>>;

const draft = {
  programCode: 'MACHINERY',
  title: 'Máy đóng gói tự động',
  establishment: { name: 'Cơ sở Bao bì Trảng Bom', type: 'HOUSEHOLD_BUSINESS', address: 'Trảng Bom, Đồng Nai' },
  localUnitCode: 'X-XUAN-LOC',
  cost: { eligibleCostVnd: 300_000_000 },
};

describe('uploads: replaced and removed files are deleted; drafts and bytes per account have quotas', () => {
  let h: Harness;
  let documentsDir: string;
  const filesOf = (dossierId: string) =>
    fs.existsSync(path.join(documentsDir, dossierId)) ? fs.readdirSync(path.join(documentsDir, dossierId)) : [];

  beforeAll(async () => {
    Object.assign(process.env, { MAX_DRAFTS_PER_ACCOUNT: '2', MAX_DOCUMENT_BYTES_PER_ACCOUNT: String(4 * 1024) });
    h = await startApplications();
    documentsDir = process.env.DOCUMENTS_DIR!;
  });
  afterAll(async () => h?.close());

  it('deletes a draft’s replaced and removed files from storage, and the whole draft on request', async () => {
    const applicant = await h.issuer.token();
    const id = (await h.call('POST', '/applications', applicant.authorization, draft)).body.id as string;
    const idOf = (res: { body: unknown }) => (res.body as { id: string }).id;
    const first = idOf(await h.upload(applicant.authorization, id, 'QUOTATIONS', PDF, 'bao-gia-1.pdf'));
    expect(filesOf(id)).toEqual([first]);
    const second = idOf(await h.upload(applicant.authorization, id, 'QUOTATIONS', PDF, 'bao-gia-2.pdf'));
    expect(filesOf(id)).toEqual([second]); // the replaced file is gone
    const removed = await h.call('DELETE', `/applications/${id}/documents/${second}`, applicant.authorization);
    expect(removed.status).toBe(204);
    expect(filesOf(id)).toEqual([]);

    await h.upload(applicant.authorization, id, 'REQUEST_LETTER', PDF, 'don.pdf');
    expect(filesOf(id)).toHaveLength(1);
    expect((await h.call('DELETE', `/applications/${id}`, applicant.authorization)).status).toBe(204);
    expect(filesOf(id)).toEqual([]);
    expect((await h.call('GET', `/applications/${id}`, applicant.authorization)).status).toBe(404);
  });

  it('refuses a draft beyond the account’s quota, and a document beyond its bytes', async () => {
    const applicant = await h.issuer.token();
    const a = (await h.call('POST', '/applications', applicant.authorization, draft)).body.id as string;
    expect((await h.call('POST', '/applications', applicant.authorization, draft)).status).toBe(201);
    const third = await h.call('POST', '/applications', applicant.authorization, draft);
    expect(third).toMatchObject({ status: 409, body: { messageEn: expect.stringMatching(/most allowed/) } });
    // Another account is not affected.
    const other = await h.issuer.token();
    expect((await h.call('POST', '/applications', other.authorization, draft)).status).toBe(201);

    const big = Buffer.concat([PDF, Buffer.alloc(3 * 1024)]);
    expect((await h.upload(applicant.authorization, a, 'QUOTATIONS', big, 'lon.pdf')).status).toBe(201);
    const over = await h.upload(applicant.authorization, a, 'REQUEST_LETTER', big, 'lon-nua.pdf');
    expect(over).toMatchObject({ status: 409, body: { messageEn: expect.stringMatching(/quota/) } });
    expect(filesOf(a)).toHaveLength(1);
  });
});
