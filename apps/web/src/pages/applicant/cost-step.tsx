// The dossier form's step about the place (the local unit that verifies) and the cost the programme asks for.
import type { UseFormReturn } from 'react-hook-form';
import type { Program, UnitList } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { CostFields } from '../../ui/cost-fields';
import { useFieldError } from '../../ui/form-errors';
import { Alert } from '../../ui/states';
import type { DossierFormValues } from './dossier-form-schema';

export function CostStep({
  form,
  program,
  values,
  localUnits,
  units,
  costProblem,
  hidden,
}: {
  form: UseFormReturn<DossierFormValues>;
  program: Program | undefined;
  values: DossierFormValues;
  localUnits: UnitList['items'];
  units: { isPending: boolean; isError: boolean };
  costProblem: boolean;
  hidden: boolean;
}) {
  const { t } = useI18n();
  const fieldError = useFieldError();
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <fieldset hidden={hidden}>
      <legend className="section-title">{t('form.costSection')}</legend>
      <Field label={t('form.localUnit')} hint={t('form.localUnitHint')} required error={fieldError(e.localUnitCode)}>
        {(p) => (
          <select {...p} {...register('localUnitCode')}>
            <option value="">{units.isPending ? t('app.loading') : t('form.chooseUnit')}</option>
            {localUnits.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {units.isError && <Alert kind="error">{t('errors.units')}</Alert>}
      {program && <CostFields program={program} register={form.register as never} values={values.cost ?? {}} />}
      {costProblem && <Alert kind="error">{t('validation.cost')}</Alert>}
    </fieldset>
  );
}
