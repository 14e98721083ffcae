import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

// Gateway replicas on loopback: one that serves the keys, one that answers 503, and a port nobody listens on.
const config = { AUTH_ISSUER: 'khuyencong-gateway', AUTH_AUDIENCE: 'khuyencong' };
const servers: http.Server[] = [];
let token: string;
let jwks: string;
let healthy: { url: string; hits: () => number };
let failing: { url: string; hits: () => number };
let dead: string;

async function serve(status: number, body: string): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits += 1;
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`, hits: () => hits };
}

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' }] });
  token = await new SignJWT({ email: 'a@khuyencong.test', roles: ['APPLICANT'] })
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setSubject('u-1')
    .setIssuer(config.AUTH_ISSUER)
    .setAudience(config.AUTH_AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
  healthy = await serve(200, jwks);
  failing = await serve(503, '{}');
  const closed = await serve(200, jwks);
  dead = closed.url;
  await new Promise((resolve) => servers.pop()!.close(resolve));
});

afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

describe('AUTH_JWKS_URL with every gateway replica', () => {
  it('verifies through the next replica when the first cannot be reached or answers an error', async () => {
    const verifier = new TokenVerifier({ ...config, AUTH_JWKS_URL: `${dead}, ${failing.url},${healthy.url}` });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1' });
  });

  it('then keeps asking the replica that answered (its cached keys), not the failing one first', async () => {
    const verifier = new TokenVerifier({ ...config, AUTH_JWKS_URL: `${failing.url},${healthy.url}` });
    const [failingBefore, healthyBefore] = [failing.hits(), healthy.hits()];
    await verifier.verify(token);
    await verifier.verify(token);
    await verifier.verify(token);
    expect([failing.hits() - failingBefore, healthy.hits() - healthyBefore]).toEqual([1, 1]);
  });

  it('refuses the token when no replica gives the keys', async () => {
    const verifier = new TokenVerifier({ ...config, AUTH_JWKS_URL: `${dead},${failing.url}` });
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('still takes a single URL', async () => {
    const verifier = new TokenVerifier({ ...config, AUTH_JWKS_URL: healthy.url });
    await expect(verifier.verify(token)).resolves.toMatchObject({ id: 'u-1' });
  });
});
