// The workflow filter form shared by the explorer, the stuck list and batch interventions.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { WorkflowFilterQuery } from '@kc/contracts';
import { useUnits } from '../../api/queries';
import { stageLabels } from '@kc/domain/approval';
import { useI18n } from '../../i18n/i18n';

const STATUSES = ['Running', 'Completed', 'Failed', 'Canceled', 'Terminated', 'TimedOut'] as const;

export function WorkflowFilterForm({
  initial,
  onSubmit,
  submitLabel,
  withStatus = true,
  children,
}: {
  initial: WorkflowFilterQuery;
  onSubmit: (filter: WorkflowFilterQuery) => void;
  submitLabel: string;
  withStatus?: boolean;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const units = useUnits();
  const [f, setF] = useState<WorkflowFilterQuery>(initial);
  const set = (patch: Partial<WorkflowFilterQuery>) => setF((old) => ({ ...old, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = Object.fromEntries(
      Object.entries(f).filter(([, v]) => v !== undefined && v !== ''),
    ) as WorkflowFilterQuery;
    onSubmit(clean);
  };
  return (
    <form className="toolbar filters ops-filters" aria-label={t('ops.workflows.filters')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="wf-code">{t('ops.common.code')}</label>
        <input id="wf-code" value={f.dossierCode ?? ''} onChange={(e) => set({ dossierCode: e.target.value.trim() })} />
      </div>
      <div className="field">
        <label htmlFor="wf-stage">{t('ops.common.stage')}</label>
        <select id="wf-stage" value={f.stage ?? ''} onChange={(e) => set({ stage: e.target.value })}>
          <option value="">{t('ops.common.any')}</option>
          {Object.entries(stageLabels).map(([code, label]) => (
            <option key={code} value={code}>
              {label[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="wf-unit">{t('ops.common.unit')}</label>
        <select id="wf-unit" value={f.unit ?? ''} onChange={(e) => set({ unit: e.target.value })}>
          <option value="">{t('ops.common.any')}</option>
          {units.data?.items.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      {withStatus && (
        <div className="field">
          <label htmlFor="wf-status">{t('ops.common.status')}</label>
          <select
            id="wf-status"
            value={f.status ?? ''}
            onChange={(e) => set({ status: (e.target.value || undefined) as WorkflowFilterQuery['status'] })}
          >
            <option value="">{t('ops.common.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`ops.workflows.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field field-check">
        <input
          id="wf-overdue"
          type="checkbox"
          checked={f.overdue === 'true'}
          onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}
        />
        <label htmlFor="wf-overdue">{t('ops.workflows.overdueOnly')}</label>
      </div>
      {children}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
