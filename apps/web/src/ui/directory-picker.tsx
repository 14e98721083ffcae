// Picks staff from the directory (gateway) instead of typing account ids: a name filter and one
// checkbox per officer holding the role, with their unit. Used to seat councils (dossiers, OCOP rounds).
import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Directory, type StaffEntry } from '../api/directory';
import { useI18n } from '../i18n/i18n';
import { QueryView } from './states';
import { StaffChoices } from './staff-choices';

export function DirectoryPicker({
  role,
  legend,
  selected,
  onChange,
  min = 1,
  showMissing = false,
}: {
  role: string;
  legend: string;
  selected: readonly StaffEntry[];
  onChange: (next: StaffEntry[]) => void;
  /** How many must be chosen; said under the list once `showMissing` (the form was sent). */
  min?: number;
  showMissing?: boolean;
}) {
  const { pick } = useI18n();
  const error =
    showMissing && selected.length < min
      ? pick(
          min === 1 ? 'Hãy chọn ít nhất một thành viên.' : `Hãy chọn ít nhất ${min} thành viên.`,
          min === 1 ? 'Choose at least one member.' : `Choose at least ${min} members.`,
        )
      : undefined;
  const id = useId();
  const [filter, setFilter] = useState('');
  const staff = useQuery({ queryKey: ['directory', role], queryFn: () => Directory.everyoneWith(role) });
  const chosen = new Set(selected.map((s) => s.id));
  const toggle = (entry: StaffEntry) =>
    onChange(chosen.has(entry.id) ? selected.filter((s) => s.id !== entry.id) : [...selected, entry]);
  return (
    <fieldset
      className={`group field ${error ? 'has-error' : ''}`}
      aria-describedby={error ? `${id}-error` : undefined}
      data-testid="directory-picker"
    >
      <legend>
        {legend}
        <small>{pick(`đã chọn ${selected.length}`, `${selected.length} chosen`)}</small>
      </legend>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{pick('Tìm theo tên', 'Find by name')}</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <QueryView query={staff}>
        {(page) => <StaffChoices page={page} filter={filter} chosen={chosen} toggle={toggle} />}
      </QueryView>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
