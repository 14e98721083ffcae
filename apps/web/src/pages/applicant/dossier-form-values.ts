// The dossier form's values from a draft and back to one, and the amount a reviewer reads first.
import type { ApplicantType, DossierDraft, Program } from '../../api/types';
import { groupDigits } from '../../format';
import { costFromText, type CostText } from '../../ui/cost-text';
import type { DossierFormValues } from './dossier-form-schema';

export function toFormValues(d?: Partial<DossierDraft>): DossierFormValues {
  const c = (d?.cost ?? {}) as Record<string, number | boolean | undefined>;
  return {
    programCode: d?.programCode ?? ('' as DossierFormValues['programCode']),
    title: d?.title ?? '',
    establishment: {
      name: d?.establishment?.name ?? '',
      type: d?.establishment?.type ?? '',
      taxCode: d?.establishment?.taxCode ?? '',
      address: d?.establishment?.address ?? '',
      phone: d?.establishment?.phone ?? '',
    },
    localUnitCode: d?.localUnitCode ?? '',
    cost: {
      eligibleCost: typeof c.eligibleCostVnd === 'number' ? groupDigits(c.eligibleCostVnd) : '',
      wholeLine: !!c.wholeTechnologyLine,
      loanAmount: typeof c.loanAmountVnd === 'number' ? groupDigits(c.loanAmountVnd) : '',
      rate: typeof c.annualInterestRate === 'number' ? String(c.annualInterestRate / 100).replace('.', ',') : '',
      months: typeof c.months === 'number' ? String(c.months) : '',
    },
  };
}

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
