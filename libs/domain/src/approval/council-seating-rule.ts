import { versionInForce, type Versioned } from '../versioning/in-force';

/** How large the appraisal council of one dossier must be when the appraiser seats it. */
export interface CouncilSeatingRule extends Versioned {
  minMembers: number;
  maxMembers: number;
  legalBasis: string;
}

/**
 * Councils of at least three: a council decides by majority, and two thirds of it must be free of
 * conflicts of interest, which three is the least number that allows. The Đồng Nai council rules (quy chế
 * hoạt động của Hội đồng thẩm định đề án khuyến công) are not retrieved [unverified: check its size].
 */
export const councilSeatingRules: readonly CouncilSeatingRule[] = [
  {
    id: 'khuyen-cong-council-2020',
    effectiveFrom: '2020-04-16',
    minMembers: 3,
    maxMembers: 15,
    legalBasis: 'Quy chế Hội đồng thẩm định đề án khuyến công tỉnh Đồng Nai [unverified]',
  },
];

export const councilSeatingRule: CouncilSeatingRule = versionInForce(
  councilSeatingRules,
  '9999-12-31',
  'council seating rule',
);
