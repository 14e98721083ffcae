// A filter form of the operator pages: what is being typed (the draft) apart from what the list shows
// (the filter, applied on submit without its empty fields), and a trimmed text field for the draft.
import { useState, type FormEvent } from 'react';

export function useFilterForm<Q extends { [K in keyof Q]?: string }>(
  idPrefix: string,
  initial: Q,
  onApply: () => void,
) {
  const [filter, setFilter] = useState<Q>(initial);
  const [draft, setDraft] = useState<Q>(initial);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilter(Object.fromEntries(Object.entries(draft).filter(([, v]) => v)) as Q);
    onApply();
  };
  const text = (key: keyof Q & string, label: string) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
      <input
        id={`${idPrefix}-${key}`}
        value={draft[key] ?? ''}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value.trim() })}
      />
    </div>
  );
  return { filter, draft, setDraft, apply, text };
}
