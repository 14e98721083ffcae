import type { RulePack } from './rule-pack';
import { programRulesTt28 } from './common-program-rules';

/**
 * Stage deadlines in working days. No Đồng Nai text retrieved sets them (domain.md §5): these are
 * configuration defaults to confirm with SCT Đồng Nai [unverified].
 */
const stageDeadlineDays = {
  RECEPTION: 3,
  LOCAL_REVIEW: 5,
  DEPARTMENT_APPRAISAL: 10,
  COUNCIL_REVIEW: 7,
  LEADER_APPROVAL: 5,
} as const;

/**
 * Quorum of the appraisal council: two thirds, the usual rule of Vietnamese councils. The Đồng Nai council
 * rules (quy chế hoạt động của Hội đồng thẩm định đề án khuyến công) are not retrieved [unverified].
 */
const councilQuorum = { numerator: 2, denominator: 3 } as const;

/**
 * Freed budget goes to waiting dossiers strictly in order of approval. No Đồng Nai text retrieved sets the
 * order: this is our decision (issue 15 §2), to confirm with SCT Đồng Nai [unverified].
 */
const budgetWaitlistOrder = 'STRICT_FIFO' as const;

/** The seed plan's setting (Plan 1620/KH-SCT, 16/4/2020): district offices receive and verify dossiers. */
export const dongNai2020: RulePack = {
  id: 'dong-nai-2020',
  legalBasis: ['ND 45/2012/NĐ-CP', 'TT 28/2018/TT-BTC', 'KH 1620/KH-SCT (16/4/2020)', 'QĐ 558/QĐ-UBND (09/02/2021)'],
  effectiveFrom: '2020-04-16',
  localTier: 'DISTRICT',
  programs: programRulesTt28,
  stageDeadlineDays,
  supplementDeadlineDays: 15,
  councilQuorum,
  budgetWaitlistOrder,
};

/**
 * Two-tier local government from 1 July 2025: communes receive dossiers. It starts on 1 July, the day the
 * district tier ended (domain.md §0), not on 6 July (the date of OCOP Decision 1489, which governs the
 * OCOP packs): a dossier submitted on 2 July cannot be sent to a district that no longer exists.
 * ND 235/2025/NĐ-CP (27/8/2025) amends ND 45/2012; its content is not yet retrieved, so the support
 * levels carry over [unverified].
 */
export const dongNai2025: RulePack = {
  id: 'dong-nai-2025-07',
  legalBasis: [
    'ND 45/2012/NĐ-CP (amended by ND 235/2025/NĐ-CP)',
    'TT 28/2018/TT-BTC',
    'Two-tier local government from 01/7/2025',
  ],
  effectiveFrom: '2025-07-01',
  localTier: 'COMMUNE',
  programs: programRulesTt28,
  stageDeadlineDays,
  supplementDeadlineDays: 15,
  councilQuorum,
  budgetWaitlistOrder,
};

/** Every pack, oldest first. */
export const rulePacks: readonly RulePack[] = [dongNai2020, dongNai2025];
