// A Department leader sets a programme's yearly budget (appraisals service), with the reason the ledger keeps.
import { api } from './client';
import type { Budget, ProgramCode } from './types';

export const Budgets = {
  set: (programCode: ProgramCode, year: number, body: { totalVnd: number; reason: string }) =>
    api<Budget & { notified: number }>(`/api/appraisals/budgets/${encodeURIComponent(programCode)}/${year}`, {
      method: 'PUT',
      body,
    }),
};
