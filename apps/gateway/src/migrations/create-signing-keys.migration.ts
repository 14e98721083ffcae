import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Token signing keys: the newest active one signs, every non-retired one is published for verification. */
export class CreateSigningKeys1764300200000 implements MigrationInterface {
  name = 'CreateSigningKeys1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.signing_keys (
      kid text PRIMARY KEY,
      private_pkcs8 text NOT NULL,
      public_jwk jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      retired_at timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.signing_keys`);
  }
}
