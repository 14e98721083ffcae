import { PASSWORD, randomIp, sha256, startGateway } from './gateway-under-test';

type Gateway = Awaited<ReturnType<typeof startGateway>>;

const SESSION_ENDED = 'The session has expired or was ended. Please sign in again.';

describe('gateway: rotating refresh tokens', () => {
  let gw: Gateway;
  const refresh = (refreshToken: string, ip?: string) =>
    gw.call('POST', '/api/identity/refresh', { body: { refreshToken }, ip });
  /** The account's refresh-token rows, to prove that a refusal changed nothing. */
  const rowsOf = (accountId: string) =>
    gw.db.query(
      `SELECT token_hash, rotated_at, revoked_at, revoked_reason FROM gateway.refresh_tokens WHERE account_id = $1 ORDER BY issued_at, token_hash`,
      [accountId],
    );

  beforeAll(async () => {
    gw = await startGateway({
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      LOGIN_MAX_FAILURES_PER_IP: '5',
      AUTH_REFRESH_TOKEN_TTL_SECONDS: '3600',
      AUTH_REFRESH_SESSION_MAX_SECONDS: '7200',
    });
  });
  afterAll(() => gw?.close());

  it('signs in with a refresh token, kept only as its hash, and exchanges it for a new pair', async () => {
    const { refreshToken, refreshExpiresIn, user } = await gw.applicant();
    expect(refreshToken).toMatch(/^[\w-]{43}$/);
    expect(refreshExpiresIn).toBeGreaterThan(3590);
    const stored = await rowsOf(user.id);
    expect(stored).toEqual([expect.objectContaining({ token_hash: sha256(refreshToken), rotated_at: null })]);
    expect(JSON.stringify(await gw.db.query(`SELECT * FROM gateway.refresh_tokens`))).not.toContain(refreshToken);

    const renewed = await refresh(refreshToken);
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ tokenType: 'Bearer', user: { id: user.id, roles: ['APPLICANT'] } });
    expect(renewed.body.refreshToken).not.toBe(refreshToken);
    const me = await gw.call('GET', '/api/auth/me', { token: renewed.body.accessToken as string });
    expect(me.body).toMatchObject({ id: user.id });
    expect((await refresh(renewed.body.refreshToken as string)).status).toBe(200);
  });

  it('revokes the whole family when a spent token comes back, and leaves the account’s other sign-ins alone', async () => {
    const { email, refreshToken: first, user } = await gw.applicant();
    const other = await gw.login(email);
    const second = (await refresh(first)).body.refreshToken as string;

    const replay = await refresh(first); // a copy of the spent token: theft
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ messageEn: SESSION_ENDED });
    expect((await refresh(second)).status).toBe(401); // the legitimate holder's successor is dead too
    const reasons = (await rowsOf(user.id)) as { token_hash: string; revoked_reason: string | null }[];
    expect(reasons.find((r) => r.token_hash === sha256(second))?.revoked_reason).toBe('reuse');
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it('lets only one of two simultaneous refreshes with the same token win; the loser’s reuse ends the family', async () => {
    const { refreshToken } = await gw.applicant();
    const answers = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200)!;
    expect((await refresh(winner.body.refreshToken as string)).status).toBe(401);
  });

  it('refuses an unknown, an expired or a revoked token with 401 and changes nothing', async () => {
    const { refreshToken, user } = await gw.applicant();
    const unknown = await refresh('x'.repeat(43));
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({
      message: expect.stringContaining('Phiên đăng nhập'),
      messageEn: SESSION_ENDED,
    });

    await gw.db.query(
      `UPDATE gateway.refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`,
      [sha256(refreshToken)],
    );
    const before = await rowsOf(user.id);
    expect((await refresh(refreshToken)).status).toBe(401);
    expect(await rowsOf(user.id)).toEqual(before);

    const { refreshToken: loggedOut, user: other } = await gw.applicant();
    expect((await gw.call('POST', '/api/identity/logout', { body: { refreshToken: loggedOut } })).status).toBe(204);
    const revoked = await rowsOf(other.id);
    expect((await refresh(loggedOut)).status).toBe(401);
    expect(await rowsOf(other.id)).toEqual(revoked);
  });

  it('answers 400 for a malformed body, with both languages', async () => {
    const res = await gw.call('POST', '/api/identity/refresh', { body: { refreshToken: 42 } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('refresh token');
  });

  it('logs out: the sign-in’s tokens are revoked, and an unknown token gets the same answer', async () => {
    const { refreshToken, user } = await gw.applicant();
    const successor = (await refresh(refreshToken)).body.refreshToken as string;
    expect((await gw.call('POST', '/api/identity/logout', { body: { refreshToken: successor } })).status).toBe(204);
    expect((await refresh(successor)).status).toBe(401);
    const rows = (await rowsOf(user.id)) as { revoked_reason: string }[];
    expect(rows.map((r) => r.revoked_reason)).toEqual(['logout', 'logout']);
    const unknown = await gw.call('POST', '/api/identity/logout', { body: { refreshToken: 'y'.repeat(43) } });
    expect(unknown.status).toBe(204);
  });

  it('ends every sign-in on a password change except the one it answers, and refuses a wrong current password', async () => {
    const { email, accessToken, refreshToken: here } = await gw.applicant();
    const elsewhere = (await gw.login(email)).refreshToken;
    const newPassword = 'Một mật khẩu mới hẳn';

    const wrong = await gw.call('POST', '/api/identity/password', {
      token: accessToken,
      body: { currentPassword: 'không phải nó', newPassword },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ messageEn: 'The current password is wrong.' });
    const stillHere = (await refresh(here)).body.refreshToken as string; // nothing was revoked

    const changed = await gw.call('POST', '/api/identity/password', {
      token: accessToken,
      body: { currentPassword: PASSWORD, newPassword },
    });
    expect(changed.status).toBe(200);
    expect((await refresh(stillHere)).status).toBe(401);
    expect((await refresh(elsewhere)).status).toBe(401);
    expect((await refresh(changed.body.refreshToken as string)).status).toBe(200);
    expect((await gw.call('POST', '/api/auth/login', { body: { email, password: PASSWORD } })).status).toBe(401);
    await gw.login(email, newPassword);
  });

  it('refuses a new password equal to the old one, or too short, with both languages', async () => {
    const { accessToken } = await gw.applicant();
    const same = await gw.call('POST', '/api/identity/password', {
      token: accessToken,
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    });
    expect(same.status).toBe(400);
    expect(JSON.stringify(same.body)).toContain('The new password must differ from the old one.');
    const short = await gw.call('POST', '/api/identity/password', {
      token: accessToken,
      body: { currentPassword: PASSWORD, newPassword: 'ngắn' },
    });
    expect(short.status).toBe(400);
  });

  it('throttles failed refreshes per client address like failed sign-ins', async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await refresh(`doan-${i}-${'z'.repeat(30)}`, ip)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const { refreshToken } = await gw.applicant();
    expect((await refresh(refreshToken, ip)).status).toBe(429);
    expect((await refresh(refreshToken, randomIp())).status).toBe(200);
  });

  it('ends a sign-in after AUTH_REFRESH_SESSION_MAX_SECONDS however often it is refreshed', async () => {
    const { refreshToken, user } = await gw.applicant();
    // As if the sign-in happened 7,100 s ago: its successor may live only the 100 s left.
    await gw.db.query(
      `UPDATE gateway.refresh_tokens SET family_started_at = now() - interval '7100 seconds' WHERE account_id = $1`,
      [user.id],
    );
    const renewed = await refresh(refreshToken);
    expect(renewed.status).toBe(200);
    expect(renewed.body.refreshExpiresIn).toBeGreaterThan(90);
    expect(renewed.body.refreshExpiresIn).toBeLessThanOrEqual(100);
  });
});
