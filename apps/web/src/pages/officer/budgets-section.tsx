// This year's budgets (Vietnam time), the ones approvals draw on now, and the form to set one.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { vietnamDate } from '@kc/domain/calendar';
import { Appraisals } from '../../api/appraisals';
import { useI18n } from '../../i18n/i18n';
import { Empty, QueryView } from '../../ui/states';
import { BudgetForm } from './budget-form';
import { BudgetTable } from './budget-table';

export function BudgetsSection() {
  const { t } = useI18n();
  const [year] = useState(() => Number(vietnamDate(new Date()).slice(0, 4)));
  const budgets = useQuery({ queryKey: ['budgets', year], queryFn: () => Appraisals.budgets(year) });
  return (
    <section className="card" aria-labelledby="budget-title">
      <h2 className="section-title" id="budget-title">
        {t('leader.budgetsOf', { year })}
      </h2>
      <QueryView query={budgets}>
        {(b) => (b.items.length === 0 ? <Empty title={t('leader.noBudgets')} /> : <BudgetTable items={b.items} />)}
      </QueryView>
      <BudgetForm year={year} />
    </section>
  );
}
