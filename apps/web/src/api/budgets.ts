// A Department leader sets a programme's yearly budget (appraisals service), with the reason the ledger keeps.
import { api } from './client';
import type { ProgramCode, SetBudgetAnswer, SetBudgetRequest } from '@kc/contracts';

export const Budgets = {
  set: (programCode: ProgramCode, year: number, body: SetBudgetRequest) =>
    api<SetBudgetAnswer>(`/api/appraisals/budgets/${encodeURIComponent(programCode)}/${year}`, {
      method: 'PUT',
      body,
    }),
};
