import { stageLabels, stagesWithTasks } from '@kc/domain/approval';
import type { TaskFilters } from '@kc/contracts';
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { FilterSelect } from '../../ui/filter-select';

const STATUSES = ['open', 'claimed', 'done'] as const;
const statusLabel = { open: 'tasks.statusOpen', claimed: 'tasks.statusClaimed', done: 'tasks.statusDone' } as const;

/** The inbox's filters: dossier code, stage, programme, status, overdue only. Each change applies at once. */
export function TaskFilterForm({
  filters,
  onFilter,
}: {
  filters: TaskFilters;
  onFilter: (patch: TaskFilters) => void;
}) {
  const { t, lang, pick } = useI18n();
  const programs = usePrograms();
  return (
    <form
      className="toolbar filters"
      aria-label={t('tasks.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        const code = new FormData(e.currentTarget).get('dossierCode')?.toString().trim().toUpperCase();
        onFilter({ dossierCode: code || undefined });
      }}
    >
      <div className="field">
        <label htmlFor="f-code">{t('tasks.dossierCode')}</label>
        <div className="search-row">
          <input
            id="f-code"
            name="dossierCode"
            className="mono upper"
            placeholder="KC-2026-000123"
            defaultValue={filters.dossierCode}
          />
          <button type="submit" className="btn btn-secondary btn-sm">
            {t('tasks.search')}
          </button>
        </div>
      </div>
      <FilterSelect
        anyLabel={t('tasks.all')}
        id="f-stage"
        label={t('tasks.stage')}
        value={filters.stage}
        options={stagesWithTasks.map((s) => ({ value: s, label: stageLabels[s][lang] }))}
        onChange={(stage) => onFilter({ stage })}
      />
      <FilterSelect
        anyLabel={t('tasks.all')}
        id="f-program"
        label={t('tasks.program')}
        value={filters.programCode}
        options={(programs.data?.items ?? []).map((p) => ({ value: p.code, label: pick(p.nameVi, p.nameEn) }))}
        onChange={(programCode) => onFilter({ programCode })}
      />
      <FilterSelect
        anyLabel={t('tasks.all')}
        id="f-status"
        label={t('tasks.status')}
        value={filters.status}
        options={STATUSES.map((s) => ({ value: s, label: t(statusLabel[s]) }))}
        onChange={(status) => onFilter({ status: status as TaskFilters['status'] })}
      />
      <div className="field-check">
        <label>
          <input
            type="checkbox"
            checked={filters.overdue === true}
            onChange={(e) => onFilter({ overdue: e.target.checked || undefined })}
          />{' '}
          {t('tasks.onlyOverdue')}
        </label>
      </div>
    </form>
  );
}
