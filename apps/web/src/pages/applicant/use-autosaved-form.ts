// The dossier form's state, kept in this browser under `autosaveKey` as it is typed, so a closed tab
// loses nothing until the draft is saved on the server.
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { schema, type DossierFormValues } from './dossier-form-schema';

export function useAutosavedForm(initial: DossierFormValues, autosaveKey?: string) {
  const saved = autosaveKey ? localStorage.getItem(autosaveKey) : null;
  const form = useForm<DossierFormValues>({
    resolver: zodResolver(schema),
    defaultValues: saved ? (JSON.parse(saved) as DossierFormValues) : initial,
  });
  const values = useWatch({ control: form.control }) as DossierFormValues;
  useEffect(() => {
    if (autosaveKey) localStorage.setItem(autosaveKey, JSON.stringify(values));
  }, [autosaveKey, values]);
  const forget = () => {
    if (autosaveKey) localStorage.removeItem(autosaveKey);
  };
  return { form, values, forget };
}
