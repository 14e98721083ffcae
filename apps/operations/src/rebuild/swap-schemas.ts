import type { DataSource } from 'typeorm';

/**
 * Renames the live schema away and the rebuilt one into its place, and hands the rebuilt inbox to the live
 * group, in one transaction.
 */
export async function swapSchemas(
  db: DataSource,
  live: string,
  fresh: string,
  group: string,
  liveGroup: string,
  stamp: string,
) {
  await db.transaction(async (m) => {
    await m.query(`ALTER SCHEMA "${live}" RENAME TO "${live}_old_${stamp}"`);
    await m.query(`ALTER SCHEMA "${fresh}" RENAME TO "${live}"`);
    await m.query(`UPDATE "${live}".inbox SET consumer_group = $1 WHERE consumer_group = $2`, [liveGroup, group]);
  });
}
