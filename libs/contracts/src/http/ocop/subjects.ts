// What the OCOP service (/api/ocop) accepts and answers about subjects: the product groups and registering a
// subject. `Group` is the domain's OcopProductGroup (contracts cannot import @kc/domain).
import type { OcopSubjectKind } from '../../events/ocop/ocop-names';

export interface ProductGroups<Group extends object = Record<string, unknown>> {
  packId: string;
  legalBasis: readonly string[];
  groups: readonly Group[];
}

export interface CreateSubjectRequest {
  kind: OcopSubjectKind;
  name: string;
  taxCode?: string;
  address: string;
  unitCode: string;
}

export interface OcopSubject extends CreateSubjectRequest {
  id: string;
  ownerId: string | null;
}
