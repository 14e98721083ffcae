import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import type { AuthUser } from '@kc/auth';
import { configuredSigningKeys } from './configured-signing-keys';
import { GATEWAY_CONFIG } from './gateway-config.token';
import { ALG, createStoredSigningKey, storedSigningKeys, type ActiveKey } from './stored-signing-keys';
import type { GatewayConfig } from '../config';

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
      await createStoredSigningKey(this.dataSource);
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
    const stored = await storedSigningKeys(this.dataSource);
    this.published = stored.published;
    if (stored.active) this.active = stored.active;
  }
}
