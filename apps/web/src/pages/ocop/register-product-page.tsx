import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ocopDocumentKinds, requiredDocuments, type OcopDocumentKind } from '@kc/domain/ocop';
import { Ocop } from '../../api/ocop';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { ErrorState, QueryView } from '../../ui/states';
import { registerProduct } from './register-product-form';
import { schema, type Form } from './register-product-schema';
import { SubjectFieldset } from './subject-fieldset';
import { ProductFieldset } from './product-fieldset';

/** Registers the subject (the producer) and its product, with the dossier's document list. */
export default function RegisterProductPage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const groups = useQuery({ queryKey: ['ocop-groups'], queryFn: Ocop.groups, staleTime: 600_000 });
  const { register, control, handleSubmit, formState } = useForm<Form>({
    resolver: zodResolver(schema),
    defaultValues: { subject: { kind: 'COOPERATIVE', taxCode: '' }, files: {} },
  });
  const v = useWatch({ control }) as Form;
  const group = groups.data?.groups.find((g) => g.code === v.groupCode);
  const subgroup = group?.subgroups.find((s) => s.code === v.subgroupCode);
  const needed: OcopDocumentKind[] = requiredDocuments({
    hasTaxCode: !!v.subject?.taxCode,
    isService: subgroup?.family === 'TOURISM',
  });
  const save = useMutation({
    mutationFn: (f: Form) => registerProduct(f, needed),
    onSuccess: (p) => void navigate(`/ocop/san-pham/${p.id}`),
  });
  const e = formState.errors;
  return (
    <div className="page">
      <PageHeader title={t('ocop.registerTitle')} />
      <QueryView query={groups}>
        {(g) => (
          <form className="form card" noValidate onSubmit={(ev) => void handleSubmit((f) => save.mutate(f))(ev)}>
            <p className="muted">{g.legalBasis.join('; ')}</p>
            <SubjectFieldset register={register} errors={e} />
            <ProductFieldset register={register} errors={e} groups={g.groups} group={group} />
            <fieldset>
              <legend className="section-title">{t('ocop.documents')}</legend>
              <p className="muted">{t('ocop.documentsHint')}</p>
              {needed.map((k) => (
                <Field key={k} label={pick(ocopDocumentKinds[k].vi, ocopDocumentKinds[k].en)} required>
                  {(p) => <input {...p} placeholder={t('ocop.fileNameHint')} {...register(`files.${k}`)} />}
                </Field>
              ))}
            </fieldset>
            {save.isError && <ErrorState error={save.error} />}
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {t('ocop.registerButton')}
            </button>
          </form>
        )}
      </QueryView>
    </div>
  );
}
