// The producer part of the OCOP registration: kind, name, tax code, address and commune.
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ocopSubjectKindSchema } from '@kc/contracts';
import { useUnits } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { useFieldError } from '../../ui/form-errors';
import type { Form } from './register-product-schema';

export function SubjectFieldset({
  register,
  errors: e,
}: {
  register: UseFormRegister<Form>;
  errors: FieldErrors<Form>;
}) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const units = useUnits();
  const communes = (units.data?.items ?? []).filter((u) => u.kind === 'COMMUNE' || u.kind === 'WARD');
  return (
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
  );
}
