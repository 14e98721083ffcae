import type { EntityManager } from 'typeorm';

export type RevokeReason = 'logout' | 'reuse' | 'password-change';

/** Revocation ends a family or an account's every family; tokens already revoked keep their first reason. */
const revoke = (manager: EntityManager, where: string, param: string, reason: RevokeReason) =>
  manager.query(
    `UPDATE gateway.refresh_tokens SET revoked_at = now(), revoked_reason = $2 WHERE revoked_at IS NULL AND ${where}`,
    [param, reason],
  );

export const revokeFamily = (manager: EntityManager, familyId: string, reason: RevokeReason) =>
  revoke(manager, 'family_id = $1', familyId, reason);

export const revokeFamilyOfHash = (manager: EntityManager, tokenHash: string, reason: RevokeReason) =>
  revoke(
    manager,
    'family_id = (SELECT family_id FROM gateway.refresh_tokens WHERE token_hash = $1)',
    tokenHash,
    reason,
  );

export const revokeAccountFamilies = (manager: EntityManager, accountId: string, reason: RevokeReason) =>
  revoke(manager, 'account_id = $1', accountId, reason);
