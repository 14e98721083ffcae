import type { DossierView, Receipt as ReceiptView } from '@kc/contracts';
import { packById } from '@kc/domain';
import type { Receipt } from './receipt';

/**
 * The receipt as Form 01 prints it: the establishment as the applicant, and each document under the name
 * its programme gives it in the rule pack the dossier was received under (the code when the pack has none).
 */
export function receiptForPrint(receipt: ReceiptView, view: DossierView): Receipt {
  const rule = packById(receipt.rulePackId).programs[view.programCode];
  return {
    ...receipt,
    applicantName: view.establishment.name,
    programCode: view.programCode,
    documents: view.documents.map((d) => ({
      nameVi: rule.requiredDocuments.find((r) => r.code === d.requirementCode)?.nameVi ?? d.requirementCode,
      fileName: d.fileName,
    })),
  };
}
