// The dossier form's values from a draft (back to one: dossier-form-draft.ts).
import type { DossierDraft } from '../../api/types';
import { groupDigits } from '../../format';
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
