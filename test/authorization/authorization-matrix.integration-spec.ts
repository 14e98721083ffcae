// The authorization matrix: every route the gateway answers (test/authorization/route-access.ts) crossed with
// anonymous, every role and forged tokens, against the real gateway proxying to the real services (Postgres,
// Kafka, Temporal). A route served without an entry in the table fails, so access is decided for each new one.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import { Roles, type Role } from '@kc/domain';
import { createKafka } from '@kc/messaging';
import { migrateTestSchema, testEnv } from '@kc/testing';
import { serviceDefinitions } from '../../scripts/service-definitions';
import { prepareGroups, startServicesInProcess, type ServicesInProcess } from '../system/services-in-process';
import { routesOf } from './list-routes';
import { routeAccess, type Access } from './route-access';

const UNIT: Record<Role, string | null> = {
  APPLICANT: null,
  LOCAL_OFFICER: 'X-XUAN-LOC',
  LOCAL_LEADER: 'X-XUAN-LOC',
  DEPARTMENT_APPRAISER: 'DN-SCT',
  COUNCIL_MEMBER: 'DN-HD-KC',
  DEPARTMENT_LEADER: 'DN-SCT',
  OPERATOR: 'DN-TTKC',
  ADMIN: 'DN-SCT',
};

/** Plausible values for path parameters (ids are unknown UUIDs: the layer under test answers before). */
const PARAMS: Record<string, () => string> = {
  code: () => 'KC-2026-000001',
  number: () => 'OCOP-DN-2026-000001',
  programCode: () => 'MACHINERY',
  year: () => '2026',
  action: () => 'accept',
  requestId: () => 'sr-1',
};
const concrete = (path: string) => path.replace(/:(\w+)/g, (_m, name: string) => (PARAMS[name] ?? randomUUID)());

const allowed = (access: Access, role: Role | undefined) =>
  access === 'public' || (role !== undefined && (access === 'signed-in' || access.includes(role)));

describe('authorization matrix through the gateway', () => {
  let system: ServicesInProcess | undefined;
  let groups: { remove(): Promise<unknown> } | undefined;
  const served: string[] = [];
  let base: string;
  let sign: (claims: Record<string, unknown>, options?: { expires?: string; kid?: string }) => Promise<string>;
  let foreignSign: (claims: Record<string, unknown>) => Promise<string>;
  let publicJwk: JWK;

  beforeAll(async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const privateKey = createPrivateKey(pem);
    publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
    const kid = await calculateJwkThumbprint(publicJwk);
    const jwt = (claims: Record<string, unknown>, key: typeof privateKey, keyId: string, expires = '10m') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: keyId })
        .setSubject(randomUUID())
        .setIssuer('khuyencong-gateway')
        .setAudience('khuyencong')
        .setIssuedAt()
        .setExpirationTime(expires)
        .sign(key);
    sign = (claims, options = {}) => jwt(claims, privateKey, options.kid ?? kid, options.expires);
    const foreign = generateKeyPairSync('ed25519').privateKey;
    foreignSign = (claims) => jwt(claims, foreign, kid);

    Object.assign(process.env, {
      LOG_LEVEL: 'silent',
      AUTH_SIGNING_KEYS: pem,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      PUBLIC_LOOKUP_PER_MINUTE: '100000',
      APPROVALS_TASK_QUEUE: `matrix-${randomUUID()}`,
      OCOP_TASK_QUEUE: `matrix-${randomUUID()}`,
      DIGEST_HOUR: '-1',
      DLQ_CHECK_MS: '0',
    });
    for (const d of serviceDefinitions) await migrateTestSchema(d);
    const prefix = `matrix-${randomBytes(3).toString('hex')}`;
    groups = await prepareGroups(createKafka('matrix-test', testEnv.kafkaBrokers), prefix);
    system = await startServicesInProcess(prefix);
    for (const { name, app } of system.apps) served.push(...routesOf(app, name === 'gateway' ? '' : `/api/${name}`));
    base = system.base;
  }, 180_000);

  afterAll(async () => {
    await system?.close();
    await groups?.remove();
  });

  /** The status of one call (the answer's headers are enough: a stream is cut there). */
  const statusOf = async (route: string, authorization?: string): Promise<number> => {
    const [method, path] = route.split(' ');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 10_000);
    try {
      const res = await fetch(`${base}${concrete(path!)}`, {
        method,
        headers: {
          ...(authorization ? { authorization } : {}),
          ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
        },
        body: method === 'GET' ? undefined : '{}',
        signal: controller.signal,
      });
      controller.abort(); // nothing more is read (a live stream would never end)
      return res.status;
    } catch (error) {
      if (controller.signal.aborted) throw new Error(`${route} did not answer in 10 s`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };

  it('has an access entry for every route the gateway and the services serve, and no stale one', () => {
    const routes = new Set(served.filter((r) => !r.includes('{*path}')));
    expect([...routes].filter((r) => !(r in routeAccess))).toEqual([]);
    expect(Object.keys(routeAccess).filter((r) => !routes.has(r))).toEqual([]);
  });

  it('answers anonymous and every role as the table says, and never with a 5xx', async () => {
    const wrong: string[] = [];
    const identities: (Role | undefined)[] = [undefined, ...Roles];
    for (const [route, access] of Object.entries(routeAccess)) {
      for (const role of identities) {
        const token = role
          ? await sign({ email: `${role.toLowerCase()}@khuyencong.test`, name: role, roles: [role], unit: UNIT[role] })
          : undefined;
        const status = await statusOf(route, token && `Bearer ${token}`);
        const expected = allowed(access, role) ? 'neither 401 nor 403' : role ? '403' : '401';
        const ok =
          status < 500 && (allowed(access, role) ? status !== 401 && status !== 403 : status === (role ? 403 : 401));
        if (!ok) wrong.push(`${route} as ${role ?? 'anonymous'}: ${status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('refuses forged tokens on every protected route: alg none, HS256 with the public key, a tampered role, a foreign key, expired', async () => {
    const claims = { email: 'gia.mao@khuyencong.test', name: 'Giả mạo', roles: ['ADMIN'], unit: 'DN-SCT' };
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const body = {
      ...claims,
      sub: randomUUID(),
      iss: 'khuyencong-gateway',
      aud: 'khuyencong',
      iat: now,
      exp: now + 600,
    };
    const applicant = await sign({ email: 'a@khuyencong.test', name: 'A', roles: ['APPLICANT'], unit: null });
    const [h, , s] = applicant.split('.');
    const hs256 = await new SignJWT(body)
      .setProtectedHeader({ alg: 'HS256', kid: await calculateJwkThumbprint(publicJwk) })
      .sign(new TextEncoder().encode(JSON.stringify(publicJwk)));
    const forged: Record<string, string> = {
      'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(body)}.`,
      'HS256 with the public key': hs256,
      'tampered role': `${h}.${b64(body)}.${s}`,
      'foreign key': await foreignSign(claims),
      expired: await sign(claims, { expires: '-1m' }),
    };
    const wrong: string[] = [];
    for (const [route, access] of Object.entries(routeAccess)) {
      if (access === 'public') continue;
      for (const [kind, token] of Object.entries(forged)) {
        const status = await statusOf(route, `Bearer ${token}`);
        if (status !== 401) wrong.push(`${route} with ${kind}: ${status}, expected 401`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
