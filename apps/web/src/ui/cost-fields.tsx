import type { UseFormRegister, FieldErrors } from 'react-hook-form';
import type { Program } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Field } from './field';
import { MoneyEcho } from './money-echo';
import { LoanCostFields } from './loan-cost-fields';
import type { CostText } from './cost-text';

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
  if (program.support.kind === 'INTEREST_SHARE')
    return <LoanCostFields maxMonths={program.support.maxMonths} register={register} errors={errors} values={values} />;
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
            <MoneyEcho text={values.eligibleCost} />
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
