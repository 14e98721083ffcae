// The programmes' budgets of a year: total, reserved by approvals, available, and dossiers waiting.
import type { Budget } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { useProgramName } from './use-program-name';

export function BudgetTable({ items }: { items: readonly Budget[] }) {
  const { t } = useI18n();
  const programName = useProgramName();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">{t('leader.budgets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tasks.program')}</th>
            <th scope="col">{t('leader.year')}</th>
            <th scope="col">{t('leader.total')}</th>
            <th scope="col">{t('leader.reserved')}</th>
            <th scope="col">{t('leader.available')}</th>
            <th scope="col">{t('leader.waiting')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((x) => (
            <tr key={`${x.programCode}-${x.year}`}>
              <th scope="row">{programName(x.programCode)}</th>
              <td>{x.year}</td>
              <td className="num">{money(x.totalVnd)}</td>
              <td className="num">{money(x.reservedVnd)}</td>
              <td className="num">
                <strong>{money(x.availableVnd)}</strong>
              </td>
              <td className="num">{x.waiting}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
