// What a document row does with its file: upload with progress (the supplement request's id goes with an
// answer), download, remove. Errors stay on the row, in the reader's language.
import { useState } from 'react';
import { Applications } from '../../api/applications';
import { saveBlob } from '../../api/save-blob';
import type { DossierDocument } from '../../api/types';
import type { DocumentRequirement } from '@kc/domain';
import { useI18n } from '../../i18n/i18n';
import { useErrorText } from '../../ui/states';

const MAX_BYTES = 10 * 1024 * 1024;

export function useDocumentFile({
  dossierId,
  requirement,
  document,
  problem,
  supplementRequestId,
  onChanged,
}: {
  dossierId: string;
  requirement: DocumentRequirement;
  document?: DossierDocument;
  problem?: string;
  supplementRequestId?: string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>(problem);

  const send = async (file: File) => {
    setError(undefined);
    if (file.size > MAX_BYTES) return setError(t('errors.tooLarge'));
    const form = new FormData();
    form.append('requirementCode', requirement.code);
    if (supplementRequestId) form.append('supplementRequestId', supplementRequestId);
    form.append('file', file, file.name);
    setProgress(0);
    try {
      await Applications.uploadDocument(dossierId, form, (r) => setProgress(Math.round(r * 100)));
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };
  const download = async () => {
    try {
      saveBlob(await Applications.downloadDocument(dossierId, document!.id), document!.fileName);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const remove = async () => {
    try {
      await Applications.removeDocument(dossierId, document!.id);
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return { progress, error, send, download, remove };
}
