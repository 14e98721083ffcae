import type { DossierView } from '@kc/contracts';
import type { DocumentRow } from './document.row';
import type { DossierRow } from './dossier.row';
import { toTimelineView, type TimelineRow } from './timeline.row';

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
