import { dateFilters } from './date-filters';
import type { Language } from './language';
import { isMissing, NONE } from './missing-value';
import { LEVELS } from './ocop-levels';
import { ocopOutcome } from './ocop-outcome';
import { RURAL_LEVELS, RURAL_STAGES, STAGES, UNIT_NAMES, VERDICTS } from './name-tables';
import type { Filters } from './render-template';

/** The filters templates may use, spelled for one language. Every one words a missing value itself. */
export function filtersFor(language: Language): Filters {
  const none = NONE[language];
  const vi = language === 'vi';
  return {
    ...dateFilters(language),
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
