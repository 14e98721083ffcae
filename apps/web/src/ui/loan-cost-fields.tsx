// The cost of an interest-share programme: the loan, its yearly rate and how many months.
import type { UseFormRegister, FieldErrors } from 'react-hook-form';
import { useI18n } from '../i18n/i18n';
import { Field } from './field';
import { MoneyEcho } from './money-echo';
import type { CostText } from './cost-text';

export function LoanCostFields({
  maxMonths,
  register,
  errors,
  values,
}: {
  /** The longest loan the programme shares interest on. */
  maxMonths: number;
  register: UseFormRegister<{ cost: CostText }>;
  errors?: FieldErrors<CostText>;
  values: CostText;
}) {
  const { t } = useI18n();
  return (
    <div className="grid-3">
      <Field label={t('cost.loanAmount')} hint={t('cost.loanAmountHint')} required error={errors?.loanAmount?.message}>
        {(p) => (
          <>
            <input {...p} inputMode="numeric" autoComplete="off" {...register('cost.loanAmount')} />
            <MoneyEcho text={values.loanAmount} />
          </>
        )}
      </Field>
      <Field label={t('cost.rate')} hint={t('cost.rateHint')} required error={errors?.rate?.message}>
        {(p) => <input {...p} inputMode="decimal" autoComplete="off" {...register('cost.rate')} />}
      </Field>
      <Field
        label={t('cost.months')}
        hint={t('cost.monthsHint', { max: maxMonths })}
        required
        error={errors?.months?.message}
      >
        {(p) => <input {...p} type="number" min={1} max={maxMonths} {...register('cost.months')} />}
      </Field>
    </div>
  );
}
