import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { useFieldError } from '../../ui/form-errors';
import { ErrorState, Loading } from '../../ui/states';
import { LookupResult } from './lookup-result';

const schema = z.object({
  code: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^KC-\d{4}-\d{6}$/, 'validation.dossierCode')),
  secret: z.string().trim().min(4, 'validation.secret'),
});
type Form = z.input<typeof schema>;

/** Anyone with the codes printed on the receipt follows a dossier, without an account. */
export default function LookupPage() {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const [params] = useSearchParams();
  const [wanted, setWanted] = useState<{ code: string; secret: string } | null>(null);
  const { register, handleSubmit, formState } = useForm<Form, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { code: params.get('ma') ?? '', secret: params.get('mk') ?? '' },
  });
  const result = useQuery({
    queryKey: ['lookup', wanted],
    queryFn: () => Applications.lookup(wanted!.code, wanted!.secret.toUpperCase()),
    enabled: !!wanted,
    retry: false,
  });
  return (
    <div className="page">
      <PageHeader title={t('lookup.title')} />
      <p>{t('lookup.intro')}</p>
      <form className="form lookup-form card" noValidate onSubmit={(e) => void handleSubmit((v) => setWanted(v))(e)}>
        <div className="grid-2">
          <Field
            label={t('lookup.code')}
            hint={t('lookup.codeHint')}
            required
            error={fieldError(formState.errors.code)}
          >
            {(p) => <input {...p} className="mono upper" autoComplete="off" {...register('code')} />}
          </Field>
          <Field
            label={t('lookup.secret')}
            hint={t('lookup.secretHint')}
            required
            error={fieldError(formState.errors.secret)}
          >
            {(p) => <input {...p} className="mono upper" autoComplete="off" {...register('secret')} />}
          </Field>
        </div>
        <button type="submit" className="btn btn-primary">
          {t('lookup.button')}
        </button>
      </form>
      {wanted && result.isFetching && <Loading label={t('lookup.searching')} />}
      {wanted && result.isError && <ErrorState error={result.error} />}
      {result.data && <LookupResult dossier={result.data} />}
    </div>
  );
}
