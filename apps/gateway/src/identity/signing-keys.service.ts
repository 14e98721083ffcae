import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { exportJWK, exportPKCS8, generateKeyPair, importJWK, importPKCS8, SignJWT, type JWK, type KeyLike } from 'jose';
import type { AuthUser } from '@kc/auth';
import { configuredSigningKeys } from './configured-signing-keys';
import { GATEWAY_CONFIG } from './gateway-config.token';
import type { GatewayConfig } from '../config';

const ALG = 'EdDSA';

interface ActiveKey {
  kid: string;
  privateKey: KeyLike;
}

/** Lets the token verifier, built before Nest creates this service, reach it once it exists. */
export class SigningKeysHolder {
  keys: SigningKeysService | undefined;
}

/**
 * Ed25519 keys for access tokens. In production they come from a secret file or the environment
 * (configured-signing-keys.ts); in development, when none is configured, the first gateway to boot creates
 * one in the database. Every gateway signs with the first/newest and publishes all at
 * /.well-known/jwks.json, so services verify offline.
 */
@Injectable()
export class SigningKeysService implements OnModuleInit {
  private active: ActiveKey | undefined;
  private published: JWK[] = [];

  constructor(
    private readonly dataSource: DataSource,
    holder: SigningKeysHolder,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    holder.keys = this;
  }

  async onModuleInit(): Promise<void> {
    const configured = await configuredSigningKeys(this.config);
    if (configured) {
      this.published = configured.map((k) => k.publicJwk);
      this.active = { kid: configured[0].kid, privateKey: configured[0].privateKey };
      return;
    }
    await this.load();
    if (!this.active) {
      const { privateKey, publicKey } = await generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
      const kid = randomUUID();
      const jwk = { ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' };
      await this.dataSource.query(
        `INSERT INTO gateway.signing_keys (kid, private_pkcs8, public_jwk) VALUES ($1, $2, $3)`,
        [kid, await exportPKCS8(privateKey), jwk],
      );
      await this.load();
    }
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.published };
  }

  /** For verifying in the gateway itself (the same keys it publishes). */
  async publicKey(kid: string | undefined): Promise<KeyLike | Uint8Array> {
    const jwk = this.published.find((k) => k.kid === kid);
    if (!jwk) throw new Error('unknown key id');
    return importJWK(jwk, ALG);
  }

  async sign(user: AuthUser, issuer: string, audience: string, ttlSeconds: number): Promise<string> {
    const key = this.active!;
    return new SignJWT({ email: user.email, name: user.name, roles: user.roles, unit: user.unitCode })
      .setProtectedHeader({ alg: ALG, kid: key.kid, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(key.privateKey);
  }

  private async load(): Promise<void> {
    const rows: { kid: string; private_pkcs8: string; public_jwk: JWK }[] = await this.dataSource.query(
      `SELECT kid, private_pkcs8, public_jwk FROM gateway.signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC`,
    );
    this.published = rows.map((r) => r.public_jwk);
    if (rows[0]) this.active = { kid: rows[0].kid, privateKey: await importPKCS8(rows[0].private_pkcs8, ALG) };
  }
}
