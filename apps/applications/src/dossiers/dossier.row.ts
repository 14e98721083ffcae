import type { DossierStatus, ProgramCode, Stage } from '@kc/contracts';

/** A row of applications.dossiers as queries return it (bigint columns arrive as strings). */
export interface DossierRow {
  id: string;
  applicant_id: string;
  applicant_name: string;
  program_code: ProgramCode;
  status: DossierStatus;
  stage: Stage | null;
  title: string;
  establishment: { name: string; type: string; taxCode?: string; address: string; phone?: string };
  cost: Record<string, unknown>;
  local_unit_code: string;
  rule_pack_id: string | null;
  dossier_code: string | null;
  lookup_secret: string | null;
  proposed_support_vnd: string | null;
  support_explanation: string | null;
  submitted_at: Date | null;
  expected_result_date: string | null;
  idempotency_key: string | null;
  withdrawn_reason: string | null;
  created_at: Date;
  updated_at: Date;
}
