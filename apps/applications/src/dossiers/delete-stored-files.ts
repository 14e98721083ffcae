import type { DocumentStorage } from '../documents';

/** Deletes files whose rows no longer point at them (a row may stay, marked replaced, as the draft's history). */
export async function deleteStoredFiles(storage: DocumentStorage, keys: string[]): Promise<void> {
  for (const key of keys) await storage.delete(key);
}
