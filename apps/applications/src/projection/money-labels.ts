/**
 * Timeline entries whose label carries an amount. The applicant's own view shows the amount; the public
 * lookup shows only these bare labels (amounts are nobody else's business).
 */
export const MONEY_LABELS = {
  APPROVED: { vi: 'Được phê duyệt hỗ trợ', en: 'Approved support' },
  DISBURSED: { vi: 'Đã giải ngân', en: 'Disbursed' },
} as const;

/** A timeline entry as the public may see it: money entries without their amount. */
export function withoutAmount<T extends { kind: string; labelVi: string; labelEn: string }>(entry: T): T {
  const bare = MONEY_LABELS[entry.kind as keyof typeof MONEY_LABELS];
  return bare ? { ...entry, labelVi: bare.vi, labelEn: bare.en } : entry;
}
