import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { AuthUser } from '@kc/auth';

/**
 * A stand-in for the gateway's token issuer: a real JWKS endpoint on a local port and Ed25519-signed
 * tokens, so services under test verify tokens exactly as in production.
 */
export async function startTestTokenIssuer(issuer = 'khuyencong-gateway', audience = 'khuyencong') {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }] });
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return {
    jwksUrl,
    /** `expiresIn`: a jose time span ('10m', '3s'). */
    async token(user: Partial<AuthUser> = {}, expiresIn = '10m'): Promise<{ user: AuthUser; authorization: string }> {
      const full: AuthUser = {
        id: randomUUID(),
        email: `${randomUUID()}@khuyencong.test`,
        name: 'Người nộp thử',
        roles: ['APPLICANT'],
        unitCode: null,
        ...user,
      };
      const jwt = await new SignJWT({ email: full.email, name: full.name, roles: full.roles, unit: full.unitCode })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setSubject(full.id)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey);
      return { user: full, authorization: `Bearer ${jwt}` };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
