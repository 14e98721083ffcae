// The support estimator: a programme, its cost fields, and the amount the rule pack gives, explained.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import type { Program } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { money } from '../../format';
import { CostFields } from '../../ui/cost-fields';
import { costFromText, type CostText } from '../../ui/cost-text';
import { Alert, ErrorState, useErrorText } from '../../ui/states';

export function Estimator({ programs }: { programs: Program[] }) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const [code, setCode] = useState(programs[0]?.code);
  const program = programs.find((p) => p.code === code) ?? programs[0];
  const { register, control, handleSubmit } = useForm<{ cost: CostText }>({ defaultValues: { cost: {} } });
  const values = useWatch({ control, name: 'cost' }) ?? {};
  const [invalid, setInvalid] = useState(false);
  const estimate = useMutation({
    mutationFn: (cost: NonNullable<ReturnType<typeof costFromText>>) => Applications.estimate(program.code, cost),
  });
  if (!program) return null;
  const onSubmit = handleSubmit((v) => {
    const cost = costFromText(program, v.cost);
    setInvalid(!cost);
    if (cost) estimate.mutate(cost);
  });
  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      <div className="field">
        <label htmlFor="estimate-program">{t('home.estimateProgram')}</label>
        <select
          id="estimate-program"
          value={program.code}
          onChange={(e) => (setCode(e.target.value as Program['code']), estimate.reset())}
        >
          {programs.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.nameVi, p.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <CostFields key={program.code} program={program} register={register} values={values} />
      {invalid && <Alert kind="error">{t('validation.cost')}</Alert>}
      <button type="submit" className="btn btn-primary" disabled={estimate.isPending}>
        {t('home.estimateButton')}
      </button>
      {estimate.isError && <ErrorState error={estimate.error} />}
      {estimate.data && (
        <div className="estimate-result" role="status" aria-live="polite">
          <p className="estimate-label">{t('home.estimateResult')}</p>
          <p className="estimate-amount">{money(estimate.data.supportVnd)}</p>
          <p className="estimate-explain">{pick(estimate.data.explanationVi, estimate.data.explanationEn)}</p>
        </div>
      )}
      {estimate.isError && <span className="sr-only">{errorText(estimate.error)}</span>}
    </form>
  );
}
