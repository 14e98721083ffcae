import { dongNaiUnitsFile, parseOrgUnits, stageLabels } from '@kc/domain';
import { ruralLevelNames, ruralStageNames } from '@kc/domain/rural-criteria';
import type { Language } from './language';
import type { Filters } from './render-template';

/** The domain's one table of stage names, which the applicant's timeline shows too. */
const STAGES: Readonly<Record<string, { vi: string; en: string }>> = stageLabels;

const LEVELS: Readonly<Record<string, { vi: string; en: string }>> = {
  COMMUNE: { vi: 'xã', en: 'commune' },
  DISTRICT: { vi: 'huyện', en: 'district' },
  PROVINCE: { vi: 'tỉnh', en: 'province' },
  CENTRAL: { vi: 'trung ương', en: 'central' },
};

type Routing =
  | { kind: 'RECOGNISE'; level: string; stars: number }
  | { kind: 'FORWARD'; from: string; to: string }
  | { kind: 'NOT_RECOGNISED'; reason: 'MANDATORY_FAILED' | 'BELOW_CERTIFICATE' }
  | { kind: 'QUORUM_NOT_REACHED' };

/** What an OCOP council's result means for the holder, in one phrase (every routing kind has stars or not). */
function ocopOutcome(value: unknown, language: Language): string {
  const r = value as Routing;
  const level = (code: string) => LEVELS[code]?.[language] ?? code;
  const vi = language === 'vi';
  switch (r?.kind) {
    case 'RECOGNISE':
      return vi
        ? `đạt ${r.stars} sao, được công nhận ở cấp ${level(r.level)}`
        : `${r.stars} stars, recognised at ${level(r.level)} level`;
    case 'FORWARD':
      return vi
        ? `được chuyển từ cấp ${level(r.from)} lên cấp ${level(r.to)} để đánh giá tiếp`
        : `forwarded from ${level(r.from)} to ${level(r.to)} level for further evaluation`;
    case 'NOT_RECOGNISED':
      if (r.reason === 'MANDATORY_FAILED')
        return vi ? 'không đạt: chưa đáp ứng tiêu chí bắt buộc' : 'not recognised: a mandatory criterion failed';
      return vi ? 'chưa đạt mức 3 sao để được công nhận' : 'below the 3 stars needed for recognition';
    case 'QUORUM_NOT_REACHED':
      return vi
        ? 'hội đồng chưa đủ số phiếu hợp lệ, sẽ đánh giá lại'
        : 'the council lacked a quorum; it will evaluate again';
    default:
      return vi ? 'chưa có kết quả' : 'no result yet';
  }
}

/** Đồng Nai's units by code, for naming a commune instead of showing its code. */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map(parseOrgUnits(dongNaiUnitsFile).map((u) => [u.code, u.name]));

const RURAL_STAGES: Readonly<Record<string, { vi: string; en: string }>> = ruralStageNames;
const RURAL_LEVELS: Readonly<Record<string, { vi: string; en: string }>> = ruralLevelNames;
const VERDICTS: Readonly<Record<string, { vi: string; en: string }>> = {
  DAT: { vi: 'Đạt', en: 'met' },
  KHONG_DAT: { vi: 'Không đạt', en: 'not met' },
};

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

const isMissing = (v: unknown): v is null | undefined => v === null || v === undefined;

/** The word for "none" in each language, for values a notice must mention even when absent. */
const NONE = { vi: 'không có', en: 'none' } as const;

/** The filters templates may use, spelled for one language. Every one words a missing value itself. */
export function filtersFor(language: Language): Filters {
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
    money: (v) => {
      if (isMissing(v)) return none;
      return vi
        ? `${new Intl.NumberFormat('vi-VN').format(Number(v))} đồng`
        : `VND ${new Intl.NumberFormat('en-US').format(Number(v))}`;
    },
    /** OCOP points travel as centipoints (hundredths, integers): 7850 → 78,50 (vi) / 78.50 (en). */
    points: (v) =>
      isMissing(v)
        ? '—'
        : new Intl.NumberFormat(vi ? 'vi-VN' : 'en-US', {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          }).format(Number(v) / 100),
    stage: (v) => (isMissing(v) ? none : (STAGES[String(v)]?.[language] ?? String(v))),
    /** A task's deadline as a phrase: stages after approval have none, and say so instead of a blank. */
    deadline: (v) => {
      const parts = isMissing(v) ? undefined : vietnamParts(v);
      if (!parts) return vi ? 'không có hạn' : 'no deadline';
      return vi ? `hạn ${dayMonthYear(parts.date)}` : `due ${dayMonthYear(parts.date)}`;
    },
    ocopOutcome: (v) => ocopOutcome(v, language),
    /** An OCOP level as a phrase: "cấp trung ương" / "central level". */
    level: (v) =>
      isMissing(v) ? none : vi ? `cấp ${LEVELS[String(v)]?.vi ?? v}` : `${LEVELS[String(v)]?.en ?? v} level`,
    unit: (v) => (isMissing(v) ? none : (UNIT_NAMES.get(String(v)) ?? String(v))),
    ruralStage: (v) => (isMissing(v) ? none : (RURAL_STAGES[String(v)]?.[language] ?? String(v))),
    ruralLevel: (v) => (isMissing(v) ? none : (RURAL_LEVELS[String(v)]?.[language] ?? String(v))),
    verdict: (v) => (isMissing(v) ? none : (VERDICTS[String(v)]?.[language] ?? String(v))),
    /** A free-text field that may be absent (an officer's note): "không có" / "none" rather than a blank. */
    optional: (v) => (isMissing(v) || String(v).trim() === '' ? none : String(v)),
  };
}
