// The workflow filter form shared by the explorer, the stuck list and batch interventions.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { WorkflowFilterQuery } from '@kc/contracts';
import { useUnits } from '../../api/queries';
import { stageLabels } from '@kc/domain/approval';
import { useI18n } from '../../i18n/i18n';
import { FilterSelect } from '../../ui/filter-select';

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
      <FilterSelect
        id="wf-stage"
        label={t('ops.common.stage')}
        anyLabel={t('ops.common.any')}
        value={f.stage}
        options={Object.entries(stageLabels).map(([code, label]) => ({ value: code, label: label[lang] }))}
        onChange={(stage) => set({ stage })}
      />
      <FilterSelect
        id="wf-unit"
        label={t('ops.common.unit')}
        anyLabel={t('ops.common.any')}
        value={f.unit}
        options={(units.data?.items ?? []).map((u) => ({ value: u.code, label: u.name }))}
        onChange={(unit) => set({ unit })}
      />
      {withStatus && (
        <FilterSelect
          id="wf-status"
          label={t('ops.common.status')}
          anyLabel={t('ops.common.any')}
          value={f.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`ops.workflows.statuses.${s}`) }))}
          onChange={(status) => set({ status: status as WorkflowFilterQuery['status'] })}
        />
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
