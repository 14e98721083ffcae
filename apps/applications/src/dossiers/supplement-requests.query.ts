import type { SupplementRequest } from '@kc/contracts';
import type { DataSource } from 'typeorm';

/** The dossier's supplement requests, oldest first, answered or not. */
export async function supplementRequestsOf(db: DataSource, dossierId: string): Promise<SupplementRequest[]> {
  const rows: {
    id: string;
    items: SupplementRequest['items'];
    due_date: string;
    requested_at: Date;
    answered_at: Date | null;
  }[] = await db.query(
    `SELECT id, items, to_char(due_date, 'YYYY-MM-DD') AS due_date, requested_at, answered_at
     FROM applications.supplement_requests WHERE dossier_id = $1 ORDER BY requested_at`,
    [dossierId],
  );
  return rows.map((r) => ({
    id: r.id,
    items: r.items,
    dueDate: r.due_date,
    requestedAt: r.requested_at.toISOString(),
    answeredAt: r.answered_at?.toISOString() ?? null,
  }));
}
