import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { DossierDraft, ProgramCatalogue } from '../../api/types';
import { useUnits } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/field';
import { CostFields, costFromText } from '../../ui/cost-fields';
import { useFieldError } from '../../ui/form-errors';
import { Alert } from '../../ui/states';
import { EstablishmentStep, ReviewStep } from './dossier-form-steps';
import { schema, STEP_FIELDS, STEPS, toDraft, type DossierFormValues } from './dossier-form-values';

export { toFormValues, type DossierFormValues } from './dossier-form-values';

/**
 * The dossier in four steps (programme, establishment, cost and place, review). What is typed is kept in
 * this browser (`autosaveKey`) until the draft is saved on the server, so a closed tab loses nothing.
 */
export function DossierForm({
  catalogue,
  initial,
  autosaveKey,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  catalogue: ProgramCatalogue;
  initial: DossierFormValues;
  autosaveKey?: string;
  submitLabel: string;
  onSubmit: (draft: DossierDraft) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t, pick } = useI18n();
  const fieldError = useFieldError();
  const units = useUnits();
  const [step, setStep] = useState(0);
  const [costProblem, setCostProblem] = useState(false);
  const saved = autosaveKey ? localStorage.getItem(autosaveKey) : null;
  const form = useForm<DossierFormValues>({
    resolver: zodResolver(schema),
    defaultValues: saved ? (JSON.parse(saved) as DossierFormValues) : initial,
  });
  const { register, control, formState, trigger, handleSubmit } = form;
  const values = useWatch({ control }) as DossierFormValues;
  useEffect(() => {
    if (autosaveKey) localStorage.setItem(autosaveKey, JSON.stringify(values));
  }, [autosaveKey, values]);

  const program = catalogue.items.find((p) => p.code === values.programCode);
  // Every type some programme accepts, in the programmes' order: the list is the rule packs', not ours.
  const applicantTypes = [...new Set(catalogue.items.flatMap((p) => p.eligibleApplicantTypes))];
  const localKinds = catalogue.localTier === 'COMMUNE' ? ['COMMUNE', 'WARD'] : ['DISTRICT'];
  const localUnits = (units.data?.items ?? []).filter((u) => localKinds.includes(u.kind));
  const e = formState.errors;

  const next = async () => {
    if (!(await trigger(STEP_FIELDS[STEPS[step]] as never))) return;
    if (STEPS[step] === 'cost' && program && !costFromText(program, values.cost)) return setCostProblem(true);
    setCostProblem(false);
    setStep(step + 1);
  };
  const submit = handleSubmit(async (v) => {
    const draft = program && toDraft(v, program);
    if (!draft) return setCostProblem(true);
    await onSubmit(draft);
    if (autosaveKey) localStorage.removeItem(autosaveKey);
  });

  return (
    <form className="form" noValidate onSubmit={(ev) => void submit(ev)}>
      <ol className="stepper" aria-label={t('form.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} className={i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
            <span className="step-no" aria-hidden="true">
              {i < step ? '✓' : i + 1}
            </span>
            {t(`form.step.${s}`)}
          </li>
        ))}
      </ol>
      {formState.errors.root && <Alert kind="error">{formState.errors.root.message}</Alert>}

      <fieldset hidden={STEPS[step] !== 'program'}>
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

      <EstablishmentStep
        form={form}
        program={program}
        types={applicantTypes}
        hidden={STEPS[step] !== 'establishment'}
      />

      <fieldset hidden={STEPS[step] !== 'cost'}>
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

      {STEPS[step] === 'review' && program && (
        <ReviewStep
          program={program}
          values={values}
          unitName={(code) => localUnits.find((u) => u.code === code)?.name}
        />
      )}

      <div className="form-actions">
        {step > 0 && (
          <button type="button" className="btn btn-secondary" onClick={() => setStep(step - 1)}>
            {t('app.back')}
          </button>
        )}
        {onCancel && (
          <button type="button" className="btn btn-ghost" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
        {STEPS[step] !== 'review' ? (
          // Keys keep the two buttons distinct elements: a click on "continue" must not become a submit.
          <button key="next" type="button" className="btn btn-primary" onClick={() => void next()}>
            {t('app.continue')}
          </button>
        ) : (
          <button key="submit" type="submit" className="btn btn-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('app.saving') : submitLabel}
          </button>
        )}
      </div>
    </form>
  );
}
