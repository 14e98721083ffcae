// Submitting a draft: idempotent across retries, the field problems (422) kept to show, a refusal (409)
// refreshes the page since the dossier changed under it.
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Applications } from '../../api/applications';
import { ApiError } from '../../api/api-error';
import type { Dossier, FieldProblemView } from './dossier-types';

/** The submission's idempotency key, kept for this tab so a retried submit returns the same receipt. */
const submitKey = (id: string) => `kc.submitKey.${id}`;

export function useSubmitDossier(
  d: Dossier,
  refresh: () => Promise<unknown>,
  onProblems: (p: FieldProblemView[]) => void,
) {
  const [problems, setProblems] = useState<FieldProblemView[]>([]);
  const submit = useMutation({
    mutationFn: () => {
      // One key per attempt; a retry after a lost answer reuses it, so the server returns the same receipt.
      let key = sessionStorage.getItem(submitKey(d.id));
      if (!key) {
        key = crypto.randomUUID();
        sessionStorage.setItem(submitKey(d.id), key);
      }
      return Applications.submit(d.id, key);
    },
    onSuccess: async () => {
      sessionStorage.removeItem(submitKey(d.id));
      await refresh();
    },
    onError: async (error) => {
      const transient = error instanceof ApiError && (error.status === 0 || error.status >= 500);
      if (!transient) sessionStorage.removeItem(submitKey(d.id));
      if (error instanceof ApiError && error.status === 422) {
        setProblems(error.fields);
        onProblems(error.fields);
      }
      if (error instanceof ApiError && error.status === 409) await refresh();
    },
  });
  return { submit, problems };
}
