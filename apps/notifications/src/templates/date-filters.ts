import type { Language } from './language';
import { isMissing, NONE } from './missing-value';
import type { Filters } from './render-template';

/** Vietnam has one time zone (UTC+7) and no daylight saving: shown dates are Vietnamese calendar days. */
const VN_OFFSET_MS = 7 * 3_600_000;

function vietnamParts(value: unknown): { date: string; time: string } | undefined {
  const text = String(value);
  // A plain date (2026-12-28) is already a calendar day: no time-zone shift.
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text, time: '' };
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return undefined;
  const iso = new Date(instant.getTime() + VN_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

function dayMonthYear(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** The filters that show instants and calendar days, as Vietnamese calendar days (and times). */
export function dateFilters(language: Language): Pick<Filters, 'date' | 'datetime' | 'deadline'> {
  const none = NONE[language];
  const vi = language === 'vi';
  return {
    date: (v) => {
      if (isMissing(v)) return none;
      const parts = vietnamParts(v);
      return parts ? dayMonthYear(parts.date) : String(v);
    },
    datetime: (v) => {
      if (isMissing(v)) return none;
      const parts = vietnamParts(v);
      if (!parts) return String(v);
      return vi
        ? `${parts.time} ngày ${dayMonthYear(parts.date)}`
        : `${dayMonthYear(parts.date)} ${parts.time} (UTC+7)`;
    },
    /** A task's deadline as a phrase: stages after approval have none, and say so instead of a blank. */
    deadline: (v) => {
      const parts = isMissing(v) ? undefined : vietnamParts(v);
      if (!parts) return vi ? 'không có hạn' : 'no deadline';
      return vi ? `hạn ${dayMonthYear(parts.date)}` : `due ${dayMonthYear(parts.date)}`;
    },
  };
}
