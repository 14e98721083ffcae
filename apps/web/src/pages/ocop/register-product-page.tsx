import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ocopSubjectKindSchema } from '@kc/contracts';
import { ocopDocumentKinds, requiredDocuments, type OcopDocumentKind } from '@kc/domain/ocop';
import { Ocop } from '../../api/endpoints';
import { useUnits } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { PageHeader } from '../../ui/page-header';
import { useFieldError } from '../../ui/form-errors';
import { ErrorState, QueryView } from '../../ui/states';

const schema = z.object({
  subject: z.object({
    kind: ocopSubjectKindSchema,
    name: z.string().trim().min(2, 'validation.estName'),
    taxCode: z
      .string()
      .trim()
      .regex(/^(\d{10}(-\d{3})?)?$/, 'validation.taxCode'),
    address: z.string().trim().min(5, 'validation.address'),
    unitCode: z.string().min(2, 'validation.localUnit'),
  }),
  name: z.string().trim().min(2, 'validation.productName'),
  groupCode: z.string().min(2, 'validation.choose'),
  subgroupCode: z.string().min(2, 'validation.choose'),
  files: z.record(z.string(), z.string()),
});
type Form = z.infer<typeof schema>;

/** Registers the subject (the producer) and its product, with the dossier's document list. */
export default function RegisterProductPage() {
  const { t, pick } = useI18n();
  const fieldError = useFieldError();
  const navigate = useNavigate();
  const units = useUnits();
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
    mutationFn: async (f: Form) => {
      const subject = await Ocop.createSubject({
        kind: f.subject.kind,
        name: f.subject.name,
        address: f.subject.address,
        unitCode: f.subject.unitCode,
        ...(f.subject.taxCode ? { taxCode: f.subject.taxCode } : {}),
      });
      return Ocop.registerProduct({
        subjectId: subject.id,
        name: f.name,
        groupCode: f.groupCode,
        subgroupCode: f.subgroupCode,
        documents: needed.filter((k) => f.files[k]?.trim()).map((k) => ({ kind: k, fileName: f.files[k]!.trim() })),
      });
    },
    onSuccess: (p) => void navigate(`/ocop/san-pham/${p.id}`),
  });
  const e = formState.errors;
  const communes = (units.data?.items ?? []).filter((u) => u.kind === 'COMMUNE' || u.kind === 'WARD');
  return (
    <div className="page">
      <PageHeader title={t('ocop.registerTitle')} />
      <QueryView query={groups}>
        {(g) => (
          <form className="form card" noValidate onSubmit={(ev) => void handleSubmit((f) => save.mutate(f))(ev)}>
            <p className="muted">{g.legalBasis.join('; ')}</p>
            <fieldset>
              <legend className="section-title">{t('ocop.subject')}</legend>
              <Field label={t('ocop.subjectKind')} required>
                {(p) => (
                  <select {...p} {...register('subject.kind')}>
                    {ocopSubjectKindSchema.options.map((k) => (
                      <option key={k} value={k}>
                        {t(`ocop.kind.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('ocop.subjectName')} required error={fieldError(e.subject?.name)}>
                {(p) => <input {...p} {...register('subject.name')} />}
              </Field>
              <Field label={t('form.taxCode')} hint={t('form.taxCodeHint')} error={fieldError(e.subject?.taxCode)}>
                {(p) => <input {...p} inputMode="numeric" {...register('subject.taxCode')} />}
              </Field>
              <Field label={t('form.address')} required error={fieldError(e.subject?.address)}>
                {(p) => <input {...p} {...register('subject.address')} />}
              </Field>
              <Field label={t('ocop.unit')} required error={fieldError(e.subject?.unitCode)}>
                {(p) => (
                  <select {...p} {...register('subject.unitCode')}>
                    <option value="">{t('form.chooseUnit')}</option>
                    {communes.map((u) => (
                      <option key={u.code} value={u.code}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </fieldset>
            <fieldset>
              <legend className="section-title">{t('ocop.product')}</legend>
              <Field label={t('ocop.productName')} required error={fieldError(e.name)}>
                {(p) => <input {...p} {...register('name')} />}
              </Field>
              <Field label={t('ocop.group')} required error={fieldError(e.groupCode)}>
                {(p) => (
                  <select {...p} {...register('groupCode')}>
                    <option value="">{t('form.choose')}</option>
                    {g.groups.map((x) => (
                      <option key={x.code} value={x.code}>
                        {pick(x.nameVi, x.nameEn)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('ocop.subgroup')} required error={fieldError(e.subgroupCode)}>
                {(p) => (
                  <select {...p} {...register('subgroupCode')} disabled={!group}>
                    <option value="">{t('form.choose')}</option>
                    {group?.subgroups.map((x) => (
                      <option key={x.code} value={x.code}>
                        {pick(x.nameVi, x.nameEn)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </fieldset>
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
