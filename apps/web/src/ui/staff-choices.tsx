// The directory's staff as checkboxes, narrowed by the name filter, with their unit; says when the
// directory holds more than was loaded.
import type { StaffEntry, StaffPage } from '../api/directory';
import { useI18n } from '../i18n/i18n';
import { folded } from './folded';

export function StaffChoices({
  page,
  filter,
  chosen,
  toggle,
}: {
  page: StaffPage;
  filter: string;
  chosen: ReadonlySet<string>;
  toggle: (entry: StaffEntry) => void;
}) {
  const { pick } = useI18n();
  const shown = page.items.filter((s) => folded(s.fullName).includes(folded(filter.trim())));
  return (
    <>
      {page.items.length === 0 && (
        <p className="muted">{pick('Danh bạ chưa có cán bộ nào với vai trò này.', 'Nobody holds this role yet.')}</p>
      )}
      <ul className="doc-list">
        {shown.map((s) => (
          <li key={s.id}>
            <label className="radio-inline">
              <input type="checkbox" checked={chosen.has(s.id)} onChange={() => toggle(s)} /> {s.fullName}
              <span className="muted"> · {s.unitName ?? s.unitCode ?? '—'}</span>
            </label>
          </li>
        ))}
      </ul>
      {page.total > page.items.length && (
        <p className="hint">
          {pick(
            `Danh bạ có ${page.total} cán bộ, chỉ ${page.items.length} được tải.`,
            `The directory has ${page.total}; only ${page.items.length} were loaded.`,
          )}
        </p>
      )}
    </>
  );
}
