import type { DossierStatus, DossierTimelineEntry, DossierView, ProgramCode, Stage } from '@kc/contracts';

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

export interface TimelineRow {
  at: Date;
  kind: string;
  stage: Stage | null;
  label_vi: string;
  label_en: string;
  note: string | null;
}

/** What the applicant sees of their dossier. */
export function toDossierView(d: DossierRow, documents: DocumentRow[] = [], timeline: TimelineRow[] = []): DossierView {
  return {
    id: d.id,
    dossierCode: d.dossier_code,
    programCode: d.program_code,
    status: d.status,
    stage: d.stage,
    title: d.title,
    establishment: d.establishment,
    localUnitCode: d.local_unit_code,
    cost: d.cost,
    rulePackId: d.rule_pack_id,
    proposedSupportVnd: d.proposed_support_vnd === null ? null : Number(d.proposed_support_vnd),
    supportExplanation: d.support_explanation,
    submittedAt: d.submitted_at?.toISOString() ?? null,
    expectedResultDate: d.expected_result_date,
    lookupSecret: d.lookup_secret,
    createdAt: d.created_at.toISOString(),
    updatedAt: d.updated_at.toISOString(),
    documents: documents.map((doc) => ({
      id: doc.id,
      requirementCode: doc.requirement_code,
      fileName: doc.file_name,
      mime: doc.mime,
      sizeBytes: Number(doc.size_bytes),
      sha256: doc.sha256,
      supplementRequestId: doc.supplement_request_id,
      uploadedAt: doc.uploaded_at.toISOString(),
    })),
    timeline: timeline.map(toTimelineView),
  };
}

export function toTimelineView(t: TimelineRow): DossierTimelineEntry {
  return {
    at: t.at.toISOString(),
    kind: t.kind,
    stage: t.stage,
    labelVi: t.label_vi,
    labelEn: t.label_en,
    note: t.note,
  };
}
