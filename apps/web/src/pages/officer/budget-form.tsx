import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Budgets } from '../../api/budgets';
import { usePrograms } from '../../api/queries';
import type { ProgramCode } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money, parseMoney } from '../../format';
import { Field } from '../../ui/field';
import { Alert, ErrorState } from '../../ui/states';

interface Form {
  programCode: ProgramCode;
  totalVnd: string;
  reason: string;
}

/**
 * The leader sets a programme's budget for the year, with a reason (the ledger keeps who, from what, to what,
 * why); approvals waiting for money are told to try again.
 */
export function BudgetForm({ year }: { year: number }) {
  const { t, pick } = useI18n();
  const programs = usePrograms();
  const client = useQueryClient();
  const { register, handleSubmit, formState, reset } = useForm<Form>({ defaultValues: { totalVnd: '', reason: '' } });
  const save = useMutation({
    mutationFn: (f: Form) =>
      Budgets.set(f.programCode, year, { totalVnd: parseMoney(f.totalVnd) ?? -1, reason: f.reason.trim() }),
    onSuccess: async () => {
      reset({ totalVnd: '', reason: '' });
      await client.invalidateQueries({ queryKey: ['budgets'] });
    },
  });
  const e = formState.errors;
  return (
    <form
      className="form budget-form"
      aria-labelledby="budget-form-title"
      noValidate
      onSubmit={(ev) => void handleSubmit((f) => save.mutate(f))(ev)}
    >
      <h3 id="budget-form-title">{t('budget.title', { year })}</h3>
      <Field label={t('budget.program')} required error={e.programCode && t('budget.required')}>
        {(p) => (
          <select {...p} {...register('programCode', { required: true })}>
            <option value="">{t('budget.choose')}</option>
            {programs.data?.items.map((x) => (
              <option key={x.code} value={x.code}>
                {pick(x.nameVi, x.nameEn)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('budget.total')}
        hint={t('budget.totalHint')}
        required
        error={e.totalVnd && t('budget.badAmount')}
      >
        {(p) => (
          <input {...p} inputMode="numeric" {...register('totalVnd', { validate: (v) => parseMoney(v) !== null })} />
        )}
      </Field>
      <Field label={t('budget.reason')} required error={e.reason && t('budget.reasonShort')}>
        {(p) => <textarea rows={2} {...p} {...register('reason', { validate: (v) => v.trim().length >= 5 })} />}
      </Field>
      {save.isError && <ErrorState error={save.error} />}
      {save.data && (
        <Alert kind="success">
          {t('budget.saved', { total: money(save.data.totalVnd), available: money(save.data.availableVnd) })}
        </Alert>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('budget.save')}
        </button>
      </div>
    </form>
  );
}
