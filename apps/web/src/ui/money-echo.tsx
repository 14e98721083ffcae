import { useI18n } from '../i18n/i18n';
import { money, parseMoney } from '../format';

/** A typed amount read back in full ("= 1.200.000.000 đồng"), so a missing zero shows; nothing until it parses. */
export function MoneyEcho({ text }: { text?: string }) {
  const { t } = useI18n();
  const n = parseMoney(text ?? '');
  return n ? <span className="money-echo">{t('cost.equals', { money: money(n) })}</span> : null;
}
