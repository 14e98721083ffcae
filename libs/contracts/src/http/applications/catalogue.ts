// The applications service's reference answers: programmes, support estimates and units. `Rule`, `Result` and
// `Unit` are the domain's ProgramRule, SupportResult and OrgUnit (contracts cannot import @kc/domain).
import type { ProgramCode } from '../../events/application-events';

/** The programmes under the rules in force today; `Rule` is the domain's ProgramRule. */
export interface ProgramCatalogue<Rule extends object = Record<string, unknown>> {
  rulePackId: string;
  legalBasis: readonly string[];
  localTier: 'COMMUNE' | 'DISTRICT';
  items: (Rule & { code: ProgramCode; nameVi: string; nameEn: string })[];
}

/** What a cost would receive; `Result` is the domain's SupportResult. */
export type SupportEstimate<Result extends object = Record<string, unknown>> = Result & {
  programCode: ProgramCode;
  rulePackId: string;
  basis: string;
};

/** The units that exist on a day; `Unit` is the domain's OrgUnit. */
export interface UnitList<Unit extends object = Record<string, unknown>> {
  on: string;
  items: Unit[];
}
