import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const config = { AUTH_ISSUER: 'khuyencong-gateway', AUTH_AUDIENCE: 'khuyencong', AUTH_JWKS_URL: 'http://127.0.0.1:9/' };

describe('token verification', () => {
  let verifier: TokenVerifier;
  let sign: (claims: JWTPayload, expires?: string) => Promise<string>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' }] });
    verifier = new TokenVerifier(config, jwks);
    sign = (claims, expires) => {
      const jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
        .setSubject('u-1')
        .setIssuer(config.AUTH_ISSUER)
        .setAudience(config.AUTH_AUDIENCE)
        .setIssuedAt();
      if (expires) jwt.setExpirationTime(expires);
      return jwt.sign(privateKey);
    };
  });

  const claims = { email: 'a@khuyencong.test', roles: ['APPLICANT'] };

  it('accepts a signed token with an expiry', async () => {
    await expect(verifier.verify(await sign(claims, '5m'))).resolves.toMatchObject({ id: 'u-1', roles: ['APPLICANT'] });
  });

  it('refuses a token without an expiry, which would otherwise be good forever', async () => {
    await expect(verifier.verify(await sign(claims))).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('refuses an expired token', async () => {
    await expect(verifier.verify(await sign(claims, '-1m'))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
