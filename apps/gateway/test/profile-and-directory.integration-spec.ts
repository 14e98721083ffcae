import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '@kc/auth';
import { PASSWORD, startGateway } from './gateway-under-test';

type Gateway = Awaited<ReturnType<typeof startGateway>>;

const NOT_A_MOBILE = 'Not a Vietnamese mobile number: it needs 10 digits starting 03, 05, 07, 08 or 09 (or +84…).';

describe('gateway: the account’s phone and language, and the staff directory', () => {
  let gw: Gateway;
  /** The identity events announced for one account, oldest first. */
  const announced = async (accountId: string) =>
    (
      (await gw.db.query(
        `SELECT event_type, envelope->'payload' AS payload FROM gateway.outbox
          WHERE envelope->'payload'->>'accountId' = $1 ORDER BY seq`,
        [accountId],
      )) as { event_type: string; payload: { phone: string | null; language: string } }[]
    ).map((e) => ({ type: e.event_type, phone: e.payload.phone, language: e.payload.language }));

  beforeAll(async () => {
    gw = await startGateway({ AUTH_RATE_LIMIT_PER_MINUTE: '10000' });
  });
  afterAll(() => gw?.close());

  describe('phone and language', () => {
    it('registers with a phone written the Vietnamese way and a language, shown in the profile and announced', async () => {
      const { accessToken, user } = await gw.applicant({ phone: '091 234 5678', language: 'en' });
      const profile = await gw.call('GET', '/api/identity/profile', { token: accessToken });
      expect(profile.status).toBe(200);
      expect(profile.body).toEqual({
        id: user.id,
        email: expect.any(String),
        fullName: 'Phạm Thị Thu',
        roles: ['APPLICANT'],
        unitCode: null,
        phone: '+84912345678',
        language: 'en',
      });
      expect(await announced(user.id)).toEqual([{ type: 'AccountRegistered', phone: '+84912345678', language: 'en' }]);
    });

    it('lets the holder change them, announcing AccountUpdated each time; a field left out is kept', async () => {
      const { accessToken, user } = await gw.applicant();
      expect((await gw.call('GET', '/api/identity/profile', { token: accessToken })).body).toMatchObject({
        phone: null,
        language: 'vi',
      });
      const patch = (body: unknown) => gw.call('PATCH', '/api/identity/profile', { token: accessToken, body });
      expect((await patch({ phone: '(+84) 32 123 4567' })).body).toMatchObject({
        phone: '+84321234567',
        language: 'vi',
      });
      expect((await patch({ language: 'en' })).body).toMatchObject({ phone: '+84321234567', language: 'en' });
      expect((await patch({ phone: null })).body).toMatchObject({ phone: null, language: 'en' });
      expect(await announced(user.id)).toEqual([
        { type: 'AccountRegistered', phone: null, language: 'vi' },
        { type: 'AccountUpdated', phone: '+84321234567', language: 'vi' },
        { type: 'AccountUpdated', phone: '+84321234567', language: 'en' },
        { type: 'AccountUpdated', phone: null, language: 'en' },
      ]);
    });

    it('refuses a landline, a retired number, a bad language or an empty change with a bilingual 400, changing nothing', async () => {
      const { accessToken, user } = await gw.applicant({ phone: '0987654321' });
      const patch = (body: unknown) => gw.call('PATCH', '/api/identity/profile', { token: accessToken, body });
      for (const phone of ['02513822123', '01689123456', '+6591234567', 'gọi tôi'])
        expect(JSON.stringify((await patch({ phone })).body)).toContain(NOT_A_MOBILE);
      const language = await patch({ language: 'fr' });
      expect(language.status).toBe(400);
      expect(JSON.stringify(language.body)).toContain('Ngôn ngữ phải là vi hoặc en.');
      expect((await patch({})).status).toBe(400);
      expect((await patch({ roles: ['ADMIN'] })).status).toBe(400);
      expect((await gw.call('GET', '/api/identity/profile', { token: accessToken })).body).toMatchObject({
        phone: '+84987654321',
        language: 'vi',
        roles: ['APPLICANT'],
      });
      expect(await announced(user.id)).toHaveLength(1);
    });

    it('refuses a registration with a phone that is not a Vietnamese mobile', async () => {
      const res = await gw.call('POST', '/api/auth/register', {
        body: {
          email: `sai.so.${randomBytes(4).toString('hex')}@khuyencong.test`,
          password: PASSWORD,
          fullName: 'Lý Văn Sai',
          phone: '12345',
        },
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('Số điện thoại di động không hợp lệ');
    });
  });

  describe('staff directory', () => {
    const tag = randomBytes(3).toString('hex').toUpperCase();
    const listed = `T-DIR-${tag}`;
    const callers = `T-CALL-${tag}`;
    const staff = [
      { name: 'Cán bộ 01', roles: ['LOCAL_OFFICER'] },
      { name: 'Cán bộ 02', roles: ['COUNCIL_MEMBER'] },
      { name: 'Cán bộ 03', roles: ['COUNCIL_MEMBER', 'DEPARTMENT_APPRAISER'] },
      { name: 'Cán bộ 04', roles: ['DEPARTMENT_LEADER'] },
      { name: 'Cán bộ 05', roles: ['COUNCIL_MEMBER'] },
    ].map((s) => ({ ...s, id: randomUUID() }));
    const tokens: Record<string, string> = {};

    const insertAccount = async (a: {
      id: string;
      name: string;
      roles: string[];
      unit: string | null;
      disabled?: boolean;
    }) =>
      gw.db.query(
        `INSERT INTO gateway.accounts (id, email, full_name, password_hash, roles, unit_code, phone, disabled_at)
         VALUES ($1, $2, $3, $4, $5, $6, '+84912000111', CASE WHEN $7 THEN now() END)`,
        [a.id, `${a.id}@khuyencong.test`, a.name, await hashPassword(PASSWORD), a.roles, a.unit, a.disabled ?? false],
      );

    beforeAll(async () => {
      for (const code of [listed, callers])
        await gw.db.query(
          `INSERT INTO gateway.org_units (code, name, kind, valid_from) VALUES ($1, $2, 'COMMUNE', '2025-07-01')`,
          [code, `Xã thử ${code}`],
        );
      for (const s of staff) await insertAccount({ ...s, unit: listed });
      await insertAccount({
        id: randomUUID(),
        name: 'Cán bộ 00 đã nghỉ',
        roles: ['COUNCIL_MEMBER'],
        unit: listed,
        disabled: true,
      });
      await insertAccount({ id: randomUUID(), name: 'Cán bộ 00 người nộp', roles: ['APPLICANT'], unit: listed });
      for (const role of ['ADMIN', 'DEPARTMENT_APPRAISER', 'LOCAL_OFFICER', 'COUNCIL_MEMBER']) {
        const id = randomUUID();
        await insertAccount({ id, name: `Người gọi ${role}`, roles: [role], unit: callers });
        tokens[role] = (await gw.login(`${id}@khuyencong.test`)).accessToken;
      }
      tokens.APPLICANT = (await gw.applicant()).accessToken;
    });

    const directory = (query: string, role = 'DEPARTMENT_APPRAISER') =>
      gw.call('GET', `/api/identity/directory?${query}`, { token: tokens[role] });

    it('is for administrators and appraisers only', async () => {
      expect((await directory(`unit=${listed}`, 'ADMIN')).status).toBe(200);
      expect((await directory(`unit=${listed}`, 'DEPARTMENT_APPRAISER')).status).toBe(200);
      for (const role of ['LOCAL_OFFICER', 'COUNCIL_MEMBER', 'APPLICANT'])
        expect((await directory(`unit=${listed}`, role)).status).toBe(403);
      expect((await gw.call('GET', `/api/identity/directory?unit=${listed}`)).status).toBe(401);
    });

    it('lists a unit’s active staff in name order, page by page, without contact or password data', async () => {
      const pages = [];
      for (const page of [1, 2, 3]) {
        const res = await directory(`unit=${listed}&page=${page}&pageSize=2`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ page, pageSize: 2, total: 5 });
        pages.push(res.body.items as { id: string; fullName: string }[]);
      }
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map((e) => e.fullName)).toEqual(staff.map((s) => s.name));
      expect(pages[0]![0]).toEqual({
        id: staff[0]!.id,
        fullName: 'Cán bộ 01',
        roles: ['LOCAL_OFFICER'],
        unitCode: listed,
        unitName: `Xã thử ${listed}`,
      });
      expect((await directory(`unit=${listed}&page=4&pageSize=2`)).body).toMatchObject({ items: [], total: 5 });
    });

    it('filters by role within a unit', async () => {
      const res = await directory(`unit=${listed}&role=COUNCIL_MEMBER`);
      expect((res.body.items as { fullName: string }[]).map((e) => e.fullName)).toEqual([
        'Cán bộ 02',
        'Cán bộ 03',
        'Cán bộ 05',
      ]);
      expect((await directory(`unit=${listed}&role=OPERATOR`)).body).toMatchObject({ items: [], total: 0 });
    });

    it('refuses a bad query with a bilingual 400', async () => {
      for (const query of [
        'role=APPLICANT',
        'role=KING',
        'page=0',
        'pageSize=101',
        'unit=x%27%3B%20drop',
        'sort=name',
      ]) {
        const res = await directory(query);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
      }
      expect(JSON.stringify((await directory('pageSize=101')).body)).toContain('At most 100 accounts per page.');
    });
  });
});
