// The batch's action: its kind, the working days or the new assignee it needs, and the reason.
import { useI18n } from '../../i18n/i18n';
import { ReasonField } from './reason-field';
import { ACTION_TYPES, type ActionDraft, type ActionType } from './batch-action';

export function BatchActionFields({ draft, onChange }: { draft: ActionDraft; onChange: (next: ActionDraft) => void }) {
  const { t } = useI18n();
  const set = (patch: Partial<ActionDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="ops-wide">
      <legend className="section-title">{t('ops.batch.action')}</legend>
      <div className="field">
        <label htmlFor="batch-type">{t('ops.batch.actionType')}</label>
        <select id="batch-type" value={draft.type} onChange={(e) => set({ type: e.target.value as ActionType })}>
          {ACTION_TYPES.map((a) => (
            <option key={a} value={a}>
              {t(`ops.batch.actions.${a}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.type === 'EXTEND_DEADLINE' && (
        <div className="field">
          <label htmlFor="batch-days">{t('ops.batch.workingDays')}</label>
          <input
            id="batch-days"
            type="number"
            min={1}
            max={30}
            required
            value={draft.workingDays}
            onChange={(e) => set({ workingDays: e.target.value })}
          />
        </div>
      )}
      {draft.type === 'REASSIGN' && (
        <div className="field">
          <label htmlFor="batch-assignee">{t('ops.batch.assignee')}</label>
          <input
            id="batch-assignee"
            required
            value={draft.assigneeId}
            onChange={(e) => set({ assigneeId: e.target.value })}
          />
        </div>
      )}
      <ReasonField id="batch-reason" minLength={5} value={draft.reason} onChange={(reason) => set({ reason })} />
    </fieldset>
  );
}
