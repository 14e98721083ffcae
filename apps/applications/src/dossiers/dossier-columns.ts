/** The columns of `DossierRow`, for SELECTs (the expected result date as an ISO day). */
export const DOSSIER_COLUMNS = `id, applicant_id, applicant_name, program_code, status, stage, title, establishment, cost, local_unit_code,
  rule_pack_id, dossier_code, lookup_secret, proposed_support_vnd, support_explanation, submitted_at,
  to_char(expected_result_date, 'YYYY-MM-DD') AS expected_result_date, idempotency_key, withdrawn_reason, created_at, updated_at`;
