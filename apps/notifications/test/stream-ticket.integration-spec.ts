import { startNotifications } from './notifications-harness';

type Harness = Awaited<ReturnType<typeof startNotifications>>;

/** Opens the stream and reads until it ends or `ms` pass; returns the status and the text received. */
async function readStream(url: string, ms: number, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), ms);
  const res = await fetch(url, { headers, signal: controller.signal });
  let text = '';
  let ended = false;
  try {
    if (res.body) for await (const chunk of res.body) text += Buffer.from(chunk).toString('utf8');
    ended = true;
  } catch {
    // aborted: the stream was still open
  } finally {
    clearTimeout(timeout);
  }
  return { status: res.status, text, ended };
}

describe('notifications: the live stream opens with a single-use ticket, never a token in the URL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startNotifications();
  });
  afterAll(async () => h?.close());

  const ticketFor = async (authorization: string) => {
    const res = await h.call('POST', '/inbox/stream-ticket', authorization);
    expect(res.status).toBe(200);
    return res.body as { ticket: string; expiresInSeconds: number };
  };

  it('opens with a ticket once; a second use and an access token in the URL are refused', async () => {
    const { authorization } = await h.issuer.token();
    const { ticket, expiresInSeconds } = await ticketFor(authorization);
    expect(expiresInSeconds).toBeLessThanOrEqual(60);
    const first = await readStream(`${h.base}/inbox/stream?ticket=${ticket}`, 1500);
    expect(first.status).toBe(200);
    expect(first.text).toContain('event: unread');
    expect((await readStream(`${h.base}/inbox/stream?ticket=${ticket}`, 1000)).status).toBe(401);
    const token = authorization.slice('Bearer '.length);
    expect((await readStream(`${h.base}/inbox/stream?access_token=${token}`, 1000)).status).toBe(401);
    expect((await h.call('POST', '/inbox/stream-ticket', undefined)).status).toBe(401);
  });

  it('closes the stream when the session behind the ticket expires', async () => {
    const { authorization } = await h.issuer.token({}, '3s');
    const { ticket } = await ticketFor(authorization);
    const started = Date.now();
    const stream = await readStream(`${h.base}/inbox/stream?ticket=${ticket}`, 15_000);
    expect(stream.status).toBe(200);
    expect(stream.ended).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
