import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, type JWK, type KeyLike } from 'jose';

export interface ConfiguredKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

const PEM_BLOCK = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/g;

/**
 * Signing keys from a secret file (`AUTH_SIGNING_KEYS_FILE`, e.g. a mounted Kubernetes/Docker secret) or the
 * environment (`AUTH_SIGNING_KEYS`): one or more Ed25519 private keys in PKCS#8 PEM. The first signs; all
 * are published, so a rotation runs: add the new key second (published, services learn it), move it
 * first (it signs), drop the old one after the token lifetime. The key id is the key's RFC 7638
 * thumbprint, the same in every gateway process. undefined when neither is set (development: database).
 */
export function configuredSigningKeys(config: {
  AUTH_SIGNING_KEYS?: string;
  AUTH_SIGNING_KEYS_FILE?: string;
}): Promise<ConfiguredKey[]> | undefined {
  const text =
    config.AUTH_SIGNING_KEYS ?? (config.AUTH_SIGNING_KEYS_FILE && readFileSync(config.AUTH_SIGNING_KEYS_FILE, 'utf8'));
  if (!text) return undefined;
  const blocks = text.replace(/\\n/g, '\n').match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('AUTH_SIGNING_KEYS(_FILE) holds no PKCS#8 private key');
  return Promise.all(
    blocks.map(async (pem) => {
      const privateKey = createPrivateKey(pem);
      if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('signing keys must be Ed25519');
      const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
      const kid = await calculateJwkThumbprint(jwk);
      return { kid, privateKey, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' } };
    }),
  );
}
