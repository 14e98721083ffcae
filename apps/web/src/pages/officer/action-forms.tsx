// The forms of the officer actions, as a table: which fields each action asks for, with the reasons the
// law requires (a refusal, a return, a decline: a reason; a recommendation, an acceptance: a note; a
// supplement: each document with why). The workflow's validator has the last word (409, bilingual).
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Appraisals } from '../../api/endpoints';
import type { ActionResult, ActionType, OfficerAction } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { money, parseMoney } from '../../format';
import { ErrorState } from '../../ui/states';

type FieldKind = 'reason' | 'note' | 'optionalNote' | 'yesNo' | 'amount';
interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: MessageKey;
  yes?: MessageKey;
  no?: MessageKey;
}

const reason: FieldSpec = { name: 'reason', kind: 'reason', label: 'actions.reason' };
export const actionForms: Record<
  Exclude<ActionType, 'REQUEST_SUPPLEMENT' | 'REASSIGN' | 'EXTEND_DEADLINE' | 'CANCEL'>,
  FieldSpec[]
> = {
  ACCEPT: [],
  REFUSE: [reason],
  RECOMMEND: [
    {
      name: 'supports',
      kind: 'yesNo',
      label: 'actions.supports',
      yes: 'actions.supportsYes',
      no: 'actions.supportsNo',
    },
    { name: 'note', kind: 'note', label: 'actions.note' },
  ],
  RETURN_TO_LOCAL: [reason],
  PROPOSE_AMOUNT: [
    { name: 'amountVnd', kind: 'amount', label: 'actions.amount' },
    { name: 'note', kind: 'optionalNote', label: 'actions.note' },
  ],
  DECLARE_CONFLICT: [
    {
      name: 'hasConflict',
      kind: 'yesNo',
      label: 'actions.hasConflict',
      yes: 'actions.conflictYes',
      no: 'actions.conflictNo',
    },
  ],
  VOTE: [
    { name: 'approve', kind: 'yesNo', label: 'actions.vote', yes: 'actions.voteYes', no: 'actions.voteNo' },
    { name: 'note', kind: 'optionalNote', label: 'actions.note' },
  ],
  APPROVE: [],
  DECLINE: [reason],
  RECORD_ACCEPTANCE: [
    { name: 'passed', kind: 'yesNo', label: 'actions.passed', yes: 'actions.passedYes', no: 'actions.passedNo' },
    { name: 'note', kind: 'note', label: 'actions.note' },
  ],
  RECORD_DISBURSEMENT: [{ name: 'amountVnd', kind: 'amount', label: 'actions.disbursed' }],
};

type Values = Record<string, string>;

/** Reads the typed values into the action's body; returns the field problems instead when any. */
function toAction(type: ActionType, specs: FieldSpec[], v: Values): OfficerAction | Record<string, MessageKey> {
  const problems: Record<string, MessageKey> = {};
  const body: Record<string, unknown> = { type };
  for (const f of specs) {
    const raw = (v[f.name] ?? '').trim();
    if (f.kind === 'yesNo') {
      if (raw !== 'yes' && raw !== 'no') problems[f.name] = 'validation.choose';
      else body[f.name] = raw === 'yes';
    } else if (f.kind === 'amount') {
      const n = parseMoney(raw);
      if (!n) problems[f.name] = 'validation.amount';
      else body[f.name] = n;
    } else if (f.kind === 'optionalNote') {
      if (raw) body[f.name] = raw;
    } else if (raw.length < 5) problems[f.name] = 'validation.reason';
    else body[f.name] = raw;
  }
  return Object.keys(problems).length ? problems : (body as OfficerAction);
}

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
      {specs.map((f) =>
        f.kind === 'yesNo' ? (
          <fieldset
            key={f.name}
            className={`field ${problems[f.name] ? 'has-error' : ''}`}
            aria-describedby={problems[f.name] ? `${id(f.name)}-error` : undefined}
          >
            <legend>{t(f.label)}</legend>
            {(['yes', 'no'] as const).map((choice) => (
              <label key={choice} className="radio-inline">
                <input
                  type="radio"
                  name={id(f.name)}
                  value={choice}
                  checked={values[f.name] === choice}
                  onChange={() => setValues({ ...values, [f.name]: choice })}
                />{' '}
                {t(choice === 'yes' ? f.yes! : f.no!)}
              </label>
            ))}
            {problems[f.name] && (
              <p className="field-error" id={`${id(f.name)}-error`}>
                {t(problems[f.name])}
              </p>
            )}
          </fieldset>
        ) : (
          <div key={f.name} className={`field ${problems[f.name] ? 'has-error' : ''}`}>
            <label htmlFor={id(f.name)}>
              {t(f.label)}
              {f.kind === 'optionalNote' && <span className="opt"> ({t('app.optional')})</span>}
            </label>
            {f.kind === 'amount' ? (
              <input
                id={id(f.name)}
                inputMode="numeric"
                autoComplete="off"
                value={values[f.name] ?? ''}
                aria-invalid={!!problems[f.name] || undefined}
                aria-describedby={problems[f.name] ? `${id(f.name)}-error` : undefined}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            ) : (
              <textarea
                id={id(f.name)}
                rows={3}
                value={values[f.name] ?? ''}
                aria-invalid={!!problems[f.name] || undefined}
                aria-describedby={problems[f.name] ? `${id(f.name)}-error` : undefined}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            )}
            {f.kind === 'amount' && parseMoney(values[f.name] ?? '') && (
              <span className="money-echo">{t('cost.equals', { money: money(parseMoney(values[f.name] ?? '')) })}</span>
            )}
            {problems[f.name] && (
              <p className="field-error" id={`${id(f.name)}-error`}>
                {t(problems[f.name])}
              </p>
            )}
          </div>
        ),
      )}
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
