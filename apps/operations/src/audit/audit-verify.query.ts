import type { DataSource, EntityManager } from 'typeorm';
import { verifyChain, type ChainBreak } from './audit-chain';
import { asContent, SELECT_CONTENT, type StoredRow } from './audit-stored-row';

/** Walks the whole chain in batches; the number of rows checked and the first break, if any. */
export async function verifyAuditLog(
  db: DataSource | EntityManager,
  schema: string,
  batch = 5000,
): Promise<{ rows: number; broken?: ChainBreak }> {
  let after = '0';
  let hash: string | null = null;
  let rows = 0;
  for (;;) {
    const page: StoredRow[] = await db.query(
      `SELECT ${SELECT_CONTENT} FROM "${schema}".audit_log WHERE audit_log.seq > $1 ORDER BY audit_log.seq LIMIT $2`,
      [after, batch],
    );
    if (page.length === 0) return { rows };
    const result = verifyChain(page.map(asContent), hash);
    if (result.broken)
      return { rows: rows + page.findIndex((r) => r.seq === result.broken!.seq), broken: result.broken };
    rows += page.length;
    hash = result.lastHash;
    after = page[page.length - 1].seq;
  }
}
