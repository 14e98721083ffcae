import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens, stored only as their SHA-256 (the token is 256 random bits, so a fast hash is enough:
 * there is nothing to guess). Every token descends from one sign-in, its family: a token used twice
 * means someone else holds a copy, and the whole family is revoked.
 */
export class CreateRefreshTokens1764300420000 implements MigrationInterface {
  name = 'CreateRefreshTokens1764300420000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.refresh_tokens (
      token_hash text PRIMARY KEY,
      family_id uuid NOT NULL,
      account_id uuid NOT NULL REFERENCES gateway.accounts (id),
      family_started_at timestamptz NOT NULL,
      issued_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      rotated_at timestamptz,
      revoked_at timestamptz,
      revoked_reason text CHECK (revoked_reason IN ('logout','reuse','password-change'))
    )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON gateway.refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_account_idx ON gateway.refresh_tokens (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.refresh_tokens`);
  }
}
