/** A row of applications.documents (one upload; `replaced_at` set once another replaces it). */
export interface DocumentRow {
  id: string;
  dossier_id: string;
  requirement_code: string;
  file_name: string;
  mime: string;
  size_bytes: string;
  sha256: string;
  storage_key: string;
  supplement_request_id: string | null;
  uploaded_at: Date;
}
