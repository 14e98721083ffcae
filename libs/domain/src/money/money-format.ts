import type { Vnd } from './money';

/** Formats for Vietnamese readers: 1.500.000.000 ₫ */
export function formatVnd(amount: Vnd): string {
  return `${amount.toLocaleString('vi-VN')} ₫`;
}

/** The amount written out in Vietnamese prose (timelines): 1.500.000.000 đồng */
export function formatDong(amount: Vnd): string {
  return `${amount.toLocaleString('vi-VN')} đồng`;
}
