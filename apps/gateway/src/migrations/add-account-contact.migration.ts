import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A mobile number (E.164, `+84…`, for SMS and Zalo) and the language messages are written in become part of
 * the account, so every service that keeps a copy of the account hears them in the identity events.
 */
export class AddAccountContact1764300410000 implements MigrationInterface {
  name = 'AddAccountContact1764300410000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.accounts
      ADD COLUMN phone text CHECK (phone ~ '^\\+84[35789][0-9]{8}$'),
      ADD COLUMN language text NOT NULL DEFAULT 'vi' CHECK (language IN ('vi','en'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.accounts DROP COLUMN phone, DROP COLUMN language`);
  }
}
