import type { UseFormRegister, FieldErrors } from 'react-hook-form';
import type { Program } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { money, parseMoney } from '../format';
import { Field } from './field';

/** What people type for a cost: money as text ("1.200.000.000"), a rate as "9,5". */
export interface CostText {
  eligibleCost?: string;
  wholeLine?: boolean;
  loanAmount?: string;
  rate?: string;
  months?: string;
}

/** The cost as the API takes it, or null when it does not parse yet. */
export function costFromText(program: Program, c: CostText) {
  if (program.support.kind === 'INTEREST_SHARE') {
    const loanAmountVnd = parseMoney(c.loanAmount ?? '');
    const rate = Number((c.rate ?? '').replace(',', '.'));
    const months = Number(c.months);
    if (!loanAmountVnd || !(rate > 0) || !Number.isInteger(months) || months < 1) return null;
    return { loanAmountVnd, annualInterestRate: Math.round(rate * 100), months };
  }
  const eligibleCostVnd = parseMoney(c.eligibleCost ?? '');
  return eligibleCostVnd ? { eligibleCostVnd, wholeTechnologyLine: !!c.wholeLine } : null;
}

/** The cost inputs a programme's formula needs, with the amount read back as typed. */
export function CostFields({
  program,
  register,
  errors,
  values,
}: {
  program: Program;
  register: UseFormRegister<{ cost: CostText }>;
  errors?: FieldErrors<CostText>;
  values: CostText;
}) {
  const { t } = useI18n();
  const echo = (text?: string) => {
    const n = parseMoney(text ?? '');
    return n ? <span className="money-echo">{t('cost.equals', { money: money(n) })}</span> : null;
  };
  if (program.support.kind === 'INTEREST_SHARE')
    return (
      <div className="grid-3">
        <Field
          label={t('cost.loanAmount')}
          hint={t('cost.loanAmountHint')}
          required
          error={errors?.loanAmount?.message}
        >
          {(p) => (
            <>
              <input {...p} inputMode="numeric" autoComplete="off" {...register('cost.loanAmount')} />
              {echo(values.loanAmount)}
            </>
          )}
        </Field>
        <Field label={t('cost.rate')} hint={t('cost.rateHint')} required error={errors?.rate?.message}>
          {(p) => <input {...p} inputMode="decimal" autoComplete="off" {...register('cost.rate')} />}
        </Field>
        <Field
          label={t('cost.months')}
          hint={t('cost.monthsHint', { max: program.support.maxMonths })}
          required
          error={errors?.months?.message}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              max={program.support.kind === 'INTEREST_SHARE' ? program.support.maxMonths : 120}
              {...register('cost.months')}
            />
          )}
        </Field>
      </div>
    );
  const line = program.support.wholeLineCapMultiplier;
  return (
    <>
      <Field
        label={t('cost.eligibleCost')}
        hint={t('cost.eligibleCostHint')}
        required
        error={errors?.eligibleCost?.message}
      >
        {(p) => (
          <>
            <input {...p} inputMode="numeric" autoComplete="off" {...register('cost.eligibleCost')} />
            {echo(values.eligibleCost)}
          </>
        )}
      </Field>
      {line && (
        <div className="field-check">
          <label>
            <input type="checkbox" {...register('cost.wholeLine')} /> {t('cost.wholeLine')}
          </label>
        </div>
      )}
    </>
  );
}
