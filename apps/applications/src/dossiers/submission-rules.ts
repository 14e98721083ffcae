import { calculateSupport, isUnitValidOn, type OrgUnit, type RulePack, type SupportResult } from '@kc/domain';
import type { ProgramCode } from '@kc/contracts';
import type { FieldError as Problem } from '@kc/platform';

export interface SubmissionCandidate {
  programCode: ProgramCode;
  establishmentType: string;
  localUnitCode: string;
  cost: Record<string, unknown>;
  /** Requirement codes of the documents attached. */
  documentCodes: string[];
}

export type SubmissionVerdict = { ok: true; support: SupportResult } | { ok: false; problems: Problem[] };

/**
 * Completeness and eligibility under the pack in force on the submission day: applicant type, the local
 * unit of the pack's tier existing that day, the cost input the formula needs, every required document.
 */
export function checkSubmission(
  c: SubmissionCandidate,
  pack: RulePack,
  units: readonly OrgUnit[],
  day: string,
): SubmissionVerdict {
  const rule = pack.programs[c.programCode];
  const problems: Problem[] = [];
  if (!rule.eligibleApplicantTypes.includes(c.establishmentType as never)) {
    problems.push({
      field: 'establishment.type',
      messageVi: 'Loại hình cơ sở không thuộc đối tượng của chương trình.',
      messageEn: 'This kind of establishment is not eligible for the programme.',
    });
  }
  const unit = units.find((u) => u.code === c.localUnitCode);
  const tierKinds = pack.localTier === 'DISTRICT' ? ['DISTRICT'] : ['COMMUNE', 'WARD'];
  if (!unit || !tierKinds.includes(unit.kind) || !isUnitValidOn(unit, day)) {
    const tierVi = pack.localTier === 'DISTRICT' ? 'cấp huyện' : 'cấp xã/phường';
    problems.push({
      field: 'localUnitCode',
      messageVi: `Đơn vị tiếp nhận phải là đơn vị ${tierVi} còn hiệu lực vào ngày nộp (${day}).`,
      messageEn: `The receiving unit must be a ${pack.localTier.toLowerCase()}-level unit in existence on ${day}.`,
    });
  }
  for (const doc of rule.requiredDocuments) {
    if (!c.documentCodes.includes(doc.code)) {
      problems.push({
        field: `documents.${doc.code}`,
        messageVi: `Thiếu tài liệu: ${doc.nameVi}.`,
        messageEn: `Missing document: ${doc.nameEn}.`,
      });
    }
  }
  let support: SupportResult | undefined;
  try {
    support = calculateSupport(rule.support, c.cost as never);
  } catch (error) {
    problems.push({
      field: 'cost',
      messageVi: 'Thông tin chi phí không phù hợp với chương trình.',
      messageEn: `The cost data does not fit the programme: ${(error as Error).message}`,
    });
  }
  return problems.length === 0 && support ? { ok: true, support } : { ok: false, problems };
}
