// The dossier form's first step: the programme and the dossier's title.
import type { UseFormReturn } from 'react-hook-form';
import type { ProgramCatalogue } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { useFieldError } from '../../ui/form-errors';
import type { DossierFormValues } from './dossier-form-schema';

export function ProgramStep({
  form,
  catalogue,
  hidden,
}: {
  form: UseFormReturn<DossierFormValues>;
  catalogue: ProgramCatalogue;
  hidden: boolean;
}) {
  const { t, pick } = useI18n();
  const fieldError = useFieldError();
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <fieldset hidden={hidden}>
      <legend className="section-title">{t('form.program')}</legend>
      <div className="radio-cards">
        {catalogue.items.map((p) => (
          <label className="radio-card" key={p.code}>
            <input type="radio" value={p.code} {...register('programCode')} />
            <span className="radio-card-body">{pick(p.nameVi, p.nameEn)}</span>
          </label>
        ))}
      </div>
      {e.programCode && <p className="field-error">{t('validation.program')}</p>}
      <Field label={t('form.title')} hint={t('form.titleHint')} required error={fieldError(e.title)}>
        {(p) => <input {...p} {...register('title')} />}
      </Field>
    </fieldset>
  );
}
