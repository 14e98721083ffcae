import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK, type KeyLike } from 'jose';

export const ALG = 'EdDSA';

/** The key tokens are signed with. */
export interface ActiveKey {
  kid: string;
  privateKey: KeyLike;
}

/** The database's current keys, newest first: all published, the newest signing (development only). */
export async function storedSigningKeys(db: DataSource): Promise<{ published: JWK[]; active?: ActiveKey }> {
  const rows: { kid: string; private_pkcs8: string; public_jwk: JWK }[] = await db.query(
    `SELECT kid, private_pkcs8, public_jwk FROM gateway.signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC`,
  );
  const published = rows.map((r) => r.public_jwk);
  if (!rows[0]) return { published };
  return { published, active: { kid: rows[0].kid, privateKey: await importPKCS8(rows[0].private_pkcs8, ALG) } };
}

/** Creates a key in the database (the first gateway to boot in development, when none is configured). */
export async function createStoredSigningKey(db: DataSource): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
  await db.query(`INSERT INTO gateway.signing_keys (kid, private_pkcs8, public_jwk) VALUES ($1, $2, $3)`, [
    kid,
    await exportPKCS8(privateKey),
    jwk,
  ]);
}
