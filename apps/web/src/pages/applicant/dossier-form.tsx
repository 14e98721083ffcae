import { useState } from 'react';
import type { DossierDraft, ProgramCatalogue } from '../../api/types';
import { useUnits } from '../../api/queries';
import { costFromText } from '../../ui/cost-text';
import { Alert } from '../../ui/states';
import { type DossierFormValues } from './dossier-form-schema';
import { STEP_FIELDS, STEPS } from './dossier-form-steps';
import { toDraft } from './dossier-form-draft';
import { useAutosavedForm } from './use-autosaved-form';
import { StepButtons } from './step-buttons';
import { Stepper } from './stepper';
import { ProgramStep } from './program-step';
import { EstablishmentStep } from './establishment-step';
import { CostStep } from './cost-step';
import { ReviewStep } from './review-step';

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
  const units = useUnits();
  const [step, setStep] = useState(0);
  const [costProblem, setCostProblem] = useState(false);
  const { form, values, forget } = useAutosavedForm(initial, autosaveKey);
  const { formState, trigger, handleSubmit } = form;

  const program = catalogue.items.find((p) => p.code === values.programCode);
  // Every type some programme accepts, in the programmes' order: the list is the rule packs', not ours.
  const applicantTypes = [...new Set(catalogue.items.flatMap((p) => p.eligibleApplicantTypes))];
  const localKinds = catalogue.localTier === 'COMMUNE' ? ['COMMUNE', 'WARD'] : ['DISTRICT'];
  const localUnits = (units.data?.items ?? []).filter((u) => localKinds.includes(u.kind));

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
    forget();
  });

  return (
    <form className="form" noValidate onSubmit={(ev) => void submit(ev)}>
      <Stepper step={step} />
      {formState.errors.root && <Alert kind="error">{formState.errors.root.message}</Alert>}

      <ProgramStep form={form} catalogue={catalogue} hidden={STEPS[step] !== 'program'} />

      <EstablishmentStep
        form={form}
        program={program}
        types={applicantTypes}
        hidden={STEPS[step] !== 'establishment'}
      />
      <CostStep
        form={form}
        program={program}
        values={values}
        localUnits={localUnits}
        units={units}
        costProblem={costProblem}
        hidden={STEPS[step] !== 'cost'}
      />

      {STEPS[step] === 'review' && program && (
        <ReviewStep
          program={program}
          values={values}
          unitName={(code) => localUnits.find((u) => u.code === code)?.name}
        />
      )}

      <StepButtons
        step={step}
        last={STEPS[step] === 'review'}
        submitting={formState.isSubmitting}
        submitLabel={submitLabel}
        onBack={() => setStep(step - 1)}
        onCancel={onCancel}
        onNext={() => void next()}
      />
    </form>
  );
}
