import { useFieldArray, useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { OcopRounds } from '../../api/ocop-rounds';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/bits';
import { ErrorState } from '../../ui/states';

interface Form {
  council: { userId: string; name: string }[];
  summary: string;
}

/**
 * The appraiser opens a product's evaluation round: the council members (account id and name, as the
 * Department's decision names them) and, when the commune sent one, its evaluation report.
 */
export function StartRoundForm({ productId }: { productId: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const { register, control, handleSubmit, formState } = useForm<Form>({
    defaultValues: { council: [{ userId: '', name: '' }], summary: '' },
  });
  const members = useFieldArray({ control, name: 'council' });
  const start = useMutation({
    mutationFn: (f: Form) =>
      OcopRounds.start(productId, {
        council: f.council.map((m) => ({ userId: m.userId.trim(), name: m.name.trim() })),
        ...(f.summary.trim() ? { communeReport: { summary: f.summary.trim() } } : {}),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['ocop-product', productId] }),
  });
  const e = formState.errors;
  return (
    <form
      className="form card"
      aria-labelledby="start-round-title"
      noValidate
      onSubmit={(ev) => void handleSubmit((f) => start.mutate(f))(ev)}
    >
      <h2 className="section-title" id="start-round-title">
        {t('ocopRound.title')}
      </h2>
      {members.fields.map((m, i) => (
        <fieldset key={m.id} className="grid-2">
          <legend>{t('ocopRound.member', { n: i + 1 })}</legend>
          <Field label={t('ocopRound.userId')} required error={e.council?.[i]?.userId && t('ocopRound.required')}>
            {(p) => <input {...p} {...register(`council.${i}.userId`, { validate: (v) => !!v.trim() })} />}
          </Field>
          <Field label={t('ocopRound.name')} required error={e.council?.[i]?.name && t('ocopRound.required')}>
            {(p) => <input {...p} {...register(`council.${i}.name`, { validate: (v) => v.trim().length >= 2 })} />}
          </Field>
        </fieldset>
      ))}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => members.append({ userId: '', name: '' })}
        >
          {t('ocopRound.addMember')}
        </button>
        {members.fields.length > 1 && (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => members.remove(members.fields.length - 1)}
          >
            {t('ocopRound.removeMember')}
          </button>
        )}
      </div>
      <Field label={t('ocopRound.communeReport')} hint={t('ocopRound.communeReportHint')}>
        {(p) => (
          <textarea rows={3} {...p} {...register('summary', { validate: (v) => !v.trim() || v.trim().length >= 10 })} />
        )}
      </Field>
      {e.summary && <p className="field-error">{t('ocopRound.reportShort')}</p>}
      {start.isError && <ErrorState error={start.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={start.isPending}>
          {t('ocopRound.start')}
        </button>
      </div>
    </form>
  );
}
