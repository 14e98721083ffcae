import type { AuthUser } from '@kc/auth';

/** The Department's roles read every product and result. */
const DEPARTMENT_READERS = ['DEPARTMENT_APPRAISER', 'DEPARTMENT_LEADER', 'OPERATOR', 'ADMIN'];
const LOCAL_READERS = ['LOCAL_OFFICER', 'LOCAL_LEADER'];

/**
 * Which products (`p`, with its subject `s`) a user may read, as SQL with parameters from `$first` on:
 * the Department's roles all; a commune's officers their unit's; a council member those whose council
 * they sit on, unless they declared a conflict (the law: a conflicted member may neither see nor score);
 * an applicant their own subjects' products.
 */
export function productScope(user: AuthUser, first: number): { sql: string; params: unknown[] } {
  const holds = (roles: string[]) => user.roles.some((r) => roles.includes(r));
  const $ = (i: number) => `$${first + i}`;
  return {
    sql: `(${$(0)}::boolean OR s.owner_id = ${$(1)} OR (${$(2)}::boolean AND p.unit_code = ${$(3)})
      OR (${$(4)}::boolean AND EXISTS (SELECT 1 FROM ocop.evaluations e
            JOIN ocop.councils c ON c.evaluation_id = e.id
            JOIN ocop.council_members m ON m.council_id = c.id
           WHERE e.product_id = p.id AND m.member_id = ${$(1)} AND m.conflict IS NOT TRUE)))`,
    params: [holds(DEPARTMENT_READERS), user.id, holds(LOCAL_READERS), user.unitCode ?? '', holds(['COUNCIL_MEMBER'])],
  };
}
