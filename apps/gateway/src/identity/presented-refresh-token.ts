import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Why a refresh was refused (the client hears one 401 for all; the reason is for logs and tests). */
export type Refusal = 'unknown' | 'revoked' | 'expired' | 'reused' | 'account-disabled';
/** A presented token's row, with what decides whether it may be spent. */
export interface TokenRow {
  family_id: string;
  account_id: string;
  family_started_at: Date;
  expired: boolean;
  rotated: boolean;
  revoked: boolean;
  account_disabled: boolean;
}

/** Only a token's hash is stored. */
export const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Checks done in order on the presented token; the first that holds refuses it. */
export const REFUSALS: readonly [Refusal, (row: TokenRow) => boolean][] = [
  ['revoked', (r) => r.revoked],
  ['reused', (r) => r.rotated],
  ['expired', (r) => r.expired],
  ['account-disabled', (r) => r.account_disabled],
];

/** The presented token's row, locked until the transaction ends (two refreshes of one token queue). */
export async function presentedToken(manager: EntityManager, token: string): Promise<TokenRow | undefined> {
  const rows: TokenRow[] = await manager.query(
    `SELECT t.family_id, t.account_id, t.family_started_at, t.expires_at <= now() AS expired,
            t.rotated_at IS NOT NULL AS rotated, t.revoked_at IS NOT NULL AS revoked,
            a.disabled_at IS NOT NULL AS account_disabled
       FROM gateway.refresh_tokens t JOIN gateway.accounts a ON a.id = t.account_id
      WHERE t.token_hash = $1 FOR UPDATE OF t`,
    [hashOf(token)],
  );
  return rows[0];
}
