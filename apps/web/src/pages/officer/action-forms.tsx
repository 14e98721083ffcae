// An officer action's form, built from the action's row in ./action-fields.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Appraisals } from '../../api/appraisals';
import type { ActionResult, ActionType, OfficerAction } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ErrorState } from '../../ui/states';
import { actionForms } from './action-fields';
import { TextField, YesNoField } from './action-field-inputs';
import { toAction, type Values } from './to-action';

export function ActionForm({
  taskId,
  type,
  onDone,
  hint,
}: {
  taskId: string;
  type: Exclude<ActionType, 'REQUEST_SUPPLEMENT' | 'REASSIGN' | 'EXTEND_DEADLINE' | 'CANCEL'>;
  onDone: (r: ActionResult) => void;
  hint?: string;
}) {
  const { t } = useI18n();
  const specs = actionForms[type];
  const [values, setValues] = useState<Values>({});
  const [problems, setProblems] = useState<Record<string, MessageKey>>({});
  const act = useMutation({ mutationFn: (a: OfficerAction) => Appraisals.act(taskId, a), onSuccess: onDone });
  const id = (name: string) => `${type}-${name}`;
  return (
    <form
      className="form action-form"
      noValidate
      aria-labelledby={`${type}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const result = toAction(type, specs, values);
        if ('type' in result) {
          setProblems({});
          act.mutate(result as OfficerAction);
        } else setProblems(result as Record<string, MessageKey>);
      }}
    >
      <h3 id={`${type}-title`}>{t(`actions.type.${type}`)}</h3>
      {hint && <p className="muted">{hint}</p>}
      {specs.map((f) => {
        const Input = f.kind === 'yesNo' ? YesNoField : TextField;
        return (
          <Input
            key={f.name}
            spec={f}
            id={id(f.name)}
            value={values[f.name]}
            problem={problems[f.name]}
            onChange={(value) => setValues({ ...values, [f.name]: value })}
          />
        );
      })}
      {act.isError && <ErrorState error={act.error} />}
      <button
        type="submit"
        className={`btn ${['REFUSE', 'DECLINE', 'RETURN_TO_LOCAL'].includes(type) ? 'btn-danger' : 'btn-primary'}`}
        disabled={act.isPending}
      >
        {t(`actions.submit.${type}`)}
      </button>
    </form>
  );
}
