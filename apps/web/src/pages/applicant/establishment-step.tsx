// The dossier form's step about who applies.
import type { UseFormReturn } from 'react-hook-form';
import type { ApplicantType, Program } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { useFieldError } from '../../ui/form-errors';
import type { DossierFormValues } from './dossier-form-schema';

/** The establishment: name, type (only the programme's eligible types can be chosen), tax code, address, phone. */
export function EstablishmentStep({
  form,
  program,
  types,
  hidden,
}: {
  form: UseFormReturn<DossierFormValues>;
  program: Program | undefined;
  types: readonly ApplicantType[];
  hidden: boolean;
}) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <fieldset hidden={hidden}>
      <legend className="section-title">{t('form.establishment')}</legend>
      <Field label={t('form.estName')} required error={fieldError(e.establishment?.name)}>
        {(p) => <input {...p} autoComplete="organization" {...register('establishment.name')} />}
      </Field>
      <Field label={t('form.estType')} required error={fieldError(e.establishment?.type)}>
        {(p) => (
          <select {...p} {...register('establishment.type')}>
            <option value="">{t('form.choose')}</option>
            {types.map((x) => (
              <option key={x} value={x} disabled={!!program && !program.eligibleApplicantTypes.includes(x)}>
                {t(`establishmentType.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.taxCode')} hint={t('form.taxCodeHint')} error={fieldError(e.establishment?.taxCode)}>
        {(p) => <input {...p} inputMode="numeric" {...register('establishment.taxCode')} />}
      </Field>
      <Field label={t('form.address')} required error={fieldError(e.establishment?.address)}>
        {(p) => <input {...p} autoComplete="street-address" {...register('establishment.address')} />}
      </Field>
      <Field label={t('form.phone')} error={fieldError(e.establishment?.phone)}>
        {(p) => <input {...p} type="tel" autoComplete="tel" {...register('establishment.phone')} />}
      </Field>
    </fieldset>
  );
}
