import type { RuralLevel } from './criteria.types';

/** The one table of level names, for the conclusion PDF, notifications and the web. */
export const ruralLevelNames: Readonly<Record<RuralLevel, { vi: string; en: string }>> = {
  STANDARD: { vi: 'xã đạt chuẩn nông thôn mới', en: 'new-rural standard commune' },
  ADVANCED: { vi: 'xã nông thôn mới nâng cao', en: 'advanced new-rural commune' },
  MODEL: { vi: 'xã nông thôn mới kiểu mẫu', en: 'model new-rural commune' },
  MODERN: { vi: 'xã nông thôn mới hiện đại (thí điểm)', en: 'modern new-rural commune (pilot)' },
  MODEL_RESIDENTIAL_AREA: { vi: 'khu dân cư nông thôn mới kiểu mẫu', en: 'model new-rural residential area' },
};
