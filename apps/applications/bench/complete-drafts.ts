import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

const DOCS = ['REQUEST_LETTER', 'BUSINESS_REGISTRATION', 'PROJECT_PROPOSAL', 'QUOTATIONS'];

/**
 * Complete MACHINERY drafts with their documents, written straight into the applications schema:
 * benchmarks measure submission and what follows, not form filling. Answers the draft ids in order.
 */
export async function insertCompleteDrafts(db: DataSource, applicantIds: string[], count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
      id: randomUUID(),
      applicant: applicantIds[(i + j) % applicantIds.length]!,
    }));
    await db.transaction(async (m) => {
      await m.query(
        `INSERT INTO applications.dossiers (id, applicant_id, applicant_name, program_code, title, establishment, cost, local_unit_code)
         SELECT d.id, d.applicant, 'Người nộp thử', 'MACHINERY', 'Máy sấy hạt điều', $3, $4, 'X-XUAN-LOC'
         FROM unnest($1::uuid[], $2::text[]) AS d(id, applicant)`,
        [
          batch.map((b) => b.id),
          batch.map((b) => b.applicant),
          { name: 'Hộ kinh doanh thử', type: 'HOUSEHOLD_BUSINESS', address: 'Xã Xuân Lộc, Đồng Nai' },
          { eligibleCostVnd: 400_000_000 },
        ],
      );
      await m.query(
        `INSERT INTO applications.documents (id, dossier_id, requirement_code, file_name, mime, size_bytes, sha256, storage_key)
         SELECT gen_random_uuid(), d.id, c.code, c.code || '.pdf', 'application/pdf', 1000, repeat('0', 64), d.id || '/' || c.code
         FROM unnest($1::uuid[]) AS d(id) CROSS JOIN unnest($2::text[]) AS c(code)`,
        [batch.map((b) => b.id), DOCS],
      );
    });
    ids.push(...batch.map((b) => b.id));
  }
  return ids;
}
