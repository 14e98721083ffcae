import type { Program } from '../api/types';
import type { MessageKey, Params } from '../i18n/i18n';
import { money } from '../format';

type T = (key: MessageKey, params?: Params) => string;
const percent = (bp: number) => `${String(bp / 100).replace('.', ',')} %`;

/** The support rule of a programme in a sentence or two, from the rule pack the API returns. */
export function supportRuleText(t: T, p: Program): string[] {
  const s = p.support;
  if (s.kind === 'INTEREST_SHARE')
    return [t('rule.interest', { share: percent(s.share), months: s.maxMonths, cap: money(s.capVnd) })];
  const unit = t(s.capUnit === 'PER_MODEL' ? 'rule.perModel' : 'rule.perEstablishment');
  const lines = [t('rule.percent', { percent: percent(s.percent), cap: money(s.capVnd), unit })];
  const m = s.wholeLineCapMultiplier;
  if (m) lines.push(t('rule.wholeLine', { cap: money((s.capVnd * m.numerator) / m.denominator) }));
  return lines;
}
