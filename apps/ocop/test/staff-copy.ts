import type { DataSource } from 'typeorm';

/**
 * Puts council members straight into the ocop service's staff copy, as its identity consumer would (the
 * Kafka path has its own test in ocop-evaluation.integration-spec.ts), for tests about other things.
 */
export async function enrolCouncilMembers(db: DataSource, ids: readonly string[]): Promise<void> {
  for (const id of ids)
    await db.query(
      `INSERT INTO ocop.staff_accounts (account_id, full_name, roles, unit_code)
       VALUES ($1, 'Thành viên Hội đồng', '{COUNCIL_MEMBER}', 'DN-HD-KC') ON CONFLICT (account_id) DO NOTHING`,
      [id],
    );
}
