// The product part of the OCOP registration: its name, group and subgroup (from the service's groups).
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { ProductGroups } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { useFieldError } from '../../ui/form-errors';
import type { Form } from './register-product-schema';

type Group = ProductGroups['groups'][number];

export function ProductFieldset({
  register,
  errors: e,
  groups,
  group,
}: {
  register: UseFormRegister<Form>;
  errors: FieldErrors<Form>;
  groups: readonly Group[];
  group: Group | undefined;
}) {
  const { t, pick } = useI18n();
  const fieldError = useFieldError();
  return (
    <fieldset>
      <legend className="section-title">{t('ocop.product')}</legend>
      <Field label={t('ocop.productName')} required error={fieldError(e.name)}>
        {(p) => <input {...p} {...register('name')} />}
      </Field>
      <Field label={t('ocop.group')} required error={fieldError(e.groupCode)}>
        {(p) => (
          <select {...p} {...register('groupCode')}>
            <option value="">{t('form.choose')}</option>
            {groups.map((x) => (
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
  );
}
