import { stageLabels, stagesWithTasks } from '@kc/domain/approval';
import type { TaskFilters } from '@kc/contracts';
import { usePrograms } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';

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
      <div className="field">
        <label htmlFor="f-stage">{t('tasks.stage')}</label>
        <select
          id="f-stage"
          value={filters.stage ?? ''}
          onChange={(e) => onFilter({ stage: e.target.value || undefined })}
        >
          <option value="">{t('tasks.all')}</option>
          {stagesWithTasks.map((s) => (
            <option key={s} value={s}>
              {stageLabels[s][lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-program">{t('tasks.program')}</label>
        <select
          id="f-program"
          value={filters.programCode ?? ''}
          onChange={(e) => onFilter({ programCode: e.target.value || undefined })}
        >
          <option value="">{t('tasks.all')}</option>
          {programs.data?.items.map((p) => (
            <option key={p.code} value={p.code}>
              {pick(p.nameVi, p.nameEn)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-status">{t('tasks.status')}</label>
        <select
          id="f-status"
          value={filters.status ?? ''}
          onChange={(e) => onFilter({ status: (e.target.value || undefined) as TaskFilters['status'] })}
        >
          <option value="">{t('tasks.all')}</option>
          <option value="open">{t('tasks.statusOpen')}</option>
          <option value="claimed">{t('tasks.statusClaimed')}</option>
          <option value="done">{t('tasks.statusDone')}</option>
        </select>
      </div>
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
