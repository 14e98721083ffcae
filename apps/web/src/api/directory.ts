// The staff directory (gateway): officers by role and unit, for the people who seat councils.
import type { DirectoryPage as StaffPage } from '@kc/contracts';
import { api } from './client';

/** One staff member and a page of them, as the gateway's directory answers (one definition in @kc/contracts). */
export type { DirectoryEntry as StaffEntry, DirectoryPage as StaffPage } from '@kc/contracts';

/** Pages read at most: a province's staff holding one role is a few hundred accounts. */
const MAX_PAGES = 20;

export const Directory = {
  /** One page (up to 100) of the active accounts holding the role, in name order. */
  byRole: (role: string, page = 1) =>
    api<StaffPage>(`/api/identity/directory?role=${encodeURIComponent(role)}&page=${page}&pageSize=100`),
  /** Every active account holding the role (page by page), so the picker can filter them all by name. */
  async everyoneWith(role: string): Promise<StaffPage> {
    const first = await Directory.byRole(role);
    const items = [...first.items];
    for (let page = 2; items.length < first.total && page <= MAX_PAGES; page++)
      items.push(...(await Directory.byRole(role, page)).items);
    return { ...first, items };
  },
};

/** The appraiser seats (or re-seats) a dossier's council with these accounts (appraisals service). */
export const CouncilSeating = {
  seat: (applicationId: string, memberIds: string[]) =>
    api<unknown>(`/api/appraisals/approvals/${encodeURIComponent(applicationId)}/council`, {
      method: 'PUT',
      body: { memberIds },
    }),
};
