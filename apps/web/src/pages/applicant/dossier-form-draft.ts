// The dossier form's values back to a draft, and the amount a reviewer reads first.
import type { ApplicantType, DossierDraft, Program } from '../../api/types';
import { costFromText, type CostText } from '../../ui/cost-text';
import type { DossierFormValues } from './dossier-form-schema';

/** The amount a reviewer reads first: the eligible cost, or the loan. */
export function costAmount(program: Program, c: CostText): number | null {
  const cost = costFromText(program, c);
  if (!cost) return null;
  return ('loanAmountVnd' in cost ? cost.loanAmountVnd : cost.eligibleCostVnd) ?? null;
}

export function toDraft(v: DossierFormValues, program: Program): DossierDraft | null {
  const cost = costFromText(program, v.cost);
  if (!cost) return null;
  const e = v.establishment;
  return {
    programCode: v.programCode,
    title: v.title.trim(),
    establishment: {
      name: e.name.trim(),
      type: e.type as ApplicantType,
      address: e.address.trim(),
      ...(e.taxCode ? { taxCode: e.taxCode } : {}),
      ...(e.phone ? { phone: e.phone } : {}),
    },
    localUnitCode: v.localUnitCode,
    cost,
  };
}
