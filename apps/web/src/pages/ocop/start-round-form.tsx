import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffEntry } from '../../api/directory';
import { OcopRounds } from '../../api/ocop-rounds';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { CouncilPicker } from '../../ui/council-picker';
import { ErrorState } from '../../ui/states';

interface Form {
  summary: string;
}

/**
 * The appraiser opens a product's evaluation round: the council members, chosen from the staff
 * directory (council role), and, when the commune sent one, its evaluation report.
 */
export function StartRoundForm({ productId }: { productId: string }) {
  const { t, pick } = useI18n();
  const client = useQueryClient();
  const [members, setMembers] = useState<StaffEntry[]>([]);
  const [noMembers, setNoMembers] = useState(false);
  const { register, handleSubmit, formState } = useForm<Form>({ defaultValues: { summary: '' } });
  const start = useMutation({
    mutationFn: (f: Form) =>
      OcopRounds.start(productId, {
        council: members.map((m) => ({ userId: m.id, name: m.fullName })),
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
      onSubmit={(ev) =>
        void handleSubmit((f) => {
          setNoMembers(members.length === 0);
          if (members.length > 0) start.mutate(f);
        })(ev)
      }
    >
      <h2 className="section-title" id="start-round-title">
        {t('ocopRound.title')}
      </h2>
      <CouncilPicker
        legend={pick('Thành viên Hội đồng đánh giá', 'Members of the evaluation council')}
        chosen={[members, setMembers]}
        tried={noMembers}
      />
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
