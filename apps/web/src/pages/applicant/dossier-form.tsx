import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { programCodeSchema } from '@kc/contracts';
import type { DossierDraft, Program, ProgramCatalogue } from '../../api/types';
import { useUnits } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { groupDigits, money } from '../../format';
import { Field } from '../../ui/bits';
import { CostFields, costFromText, type CostText } from '../../ui/cost-fields';
import { useFieldError } from '../../ui/form-errors';
import { Alert } from '../../ui/states';

const applicantTypes = ['SME', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS'] as const;

/** The form's own schema; the server re-checks everything and answers bilingual field problems. */
const schema = z.object({
  programCode: programCodeSchema,
  title: z.string().trim().min(3, 'validation.title'),
  establishment: z.object({
    name: z.string().trim().min(2, 'validation.estName'),
    type: z.enum(applicantTypes, 'validation.estType'),
    taxCode: z
      .string()
      .trim()
      .regex(/^(\d{10}(-\d{3})?)?$/, 'validation.taxCode'),
    address: z.string().trim().min(5, 'validation.address'),
    phone: z
      .string()
      .trim()
      .regex(/^((\+84|0)\d{9,10})?$/, 'validation.phone'),
  }),
  localUnitCode: z.string().min(2, 'validation.localUnit'),
  cost: z.object({
    eligibleCost: z.string().optional(),
    wholeLine: z.boolean().optional(),
    loanAmount: z.string().optional(),
    rate: z.string().optional(),
    months: z.string().optional(),
  }),
});
export type DossierFormValues = z.infer<typeof schema>;

const STEPS = ['program', 'establishment', 'cost', 'review'] as const;
const STEP_FIELDS: Record<(typeof STEPS)[number], string[]> = {
  program: ['programCode', 'title'],
  establishment: ['establishment'],
  cost: ['localUnitCode', 'cost'],
  review: [],
};

export function toFormValues(d?: Partial<DossierDraft>): DossierFormValues {
  const c = (d?.cost ?? {}) as Record<string, number | boolean | undefined>;
  return {
    programCode: d?.programCode ?? ('' as DossierFormValues['programCode']),
    title: d?.title ?? '',
    establishment: {
      name: d?.establishment?.name ?? '',
      type: d?.establishment?.type ?? ('' as DossierFormValues['establishment']['type']),
      taxCode: d?.establishment?.taxCode ?? '',
      address: d?.establishment?.address ?? '',
      phone: d?.establishment?.phone ?? '',
    },
    localUnitCode: d?.localUnitCode ?? '',
    cost: {
      eligibleCost: typeof c.eligibleCostVnd === 'number' ? groupDigits(c.eligibleCostVnd) : '',
      wholeLine: !!c.wholeTechnologyLine,
      loanAmount: typeof c.loanAmountVnd === 'number' ? groupDigits(c.loanAmountVnd) : '',
      rate: typeof c.annualInterestRate === 'number' ? String(c.annualInterestRate / 100).replace('.', ',') : '',
      months: typeof c.months === 'number' ? String(c.months) : '',
    },
  };
}

/** The amount a reviewer reads first: the eligible cost, or the loan. */
function costAmount(program: Program, c: CostText): number | null {
  const cost = costFromText(program, c);
  if (!cost) return null;
  return ('loanAmountVnd' in cost ? cost.loanAmountVnd : cost.eligibleCostVnd) ?? null;
}

export function toDraft(v: DossierFormValues, program: Program): DossierDraft | null {
  const cost = costFromText(program, v.cost);
  if (!cost) return null;
  const e = v.establishment;
  return {
    programCode: v.programCode,
    title: v.title.trim(),
    establishment: {
      name: e.name.trim(),
      type: e.type,
      address: e.address.trim(),
      ...(e.taxCode ? { taxCode: e.taxCode } : {}),
      ...(e.phone ? { phone: e.phone } : {}),
    },
    localUnitCode: v.localUnitCode,
    cost,
  };
}

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

      <fieldset hidden={STEPS[step] !== 'establishment'}>
        <legend className="section-title">{t('form.establishment')}</legend>
        <Field label={t('form.estName')} required error={fieldError(e.establishment?.name)}>
          {(p) => <input {...p} autoComplete="organization" {...register('establishment.name')} />}
        </Field>
        <Field label={t('form.estType')} required error={fieldError(e.establishment?.type)}>
          {(p) => (
            <select {...p} {...register('establishment.type')}>
              <option value="">{t('form.choose')}</option>
              {applicantTypes.map((x) => (
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
        <section aria-labelledby="review-title">
          <h2 id="review-title" className="section-title">
            {t('form.step.review')}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t('form.program')}</dt>
              <dd>{pick(program.nameVi, program.nameEn)}</dd>
            </div>
            <div>
              <dt>{t('form.title')}</dt>
              <dd>{values.title}</dd>
            </div>
            <div>
              <dt>{t('form.estName')}</dt>
              <dd>{values.establishment.name}</dd>
            </div>
            <div>
              <dt>{t('form.localUnit')}</dt>
              <dd>{localUnits.find((u) => u.code === values.localUnitCode)?.name}</dd>
            </div>
            <div>
              <dt>{t('dossier.cost')}</dt>
              <dd>{money(costAmount(program, values.cost))}</dd>
            </div>
          </dl>
          <p className="muted">{t('form.docsAfter', { count: program.requiredDocuments.length })}</p>
        </section>
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
