import type { ProgramCode } from '@kc/contracts';
import type { DocumentRequirement, ProgramRule } from './rule-pack';

const doc = (code: string, nameVi: string, nameEn: string): DocumentRequirement => ({ code, nameVi, nameEn });

const REQUEST_LETTER = doc('REQUEST_LETTER', 'Đơn đề nghị hỗ trợ', 'Support request letter');
const BUSINESS_REGISTRATION = doc(
  'BUSINESS_REGISTRATION',
  'Giấy chứng nhận đăng ký kinh doanh (bản sao)',
  'Business registration certificate (copy)',
);
const PROJECT_PROPOSAL = doc(
  'PROJECT_PROPOSAL',
  'Đề án khuyến công và dự toán kinh phí',
  'Project proposal with cost estimate',
);
const QUOTATIONS = doc(
  'QUOTATIONS',
  'Báo giá máy móc, thiết bị (ít nhất 3 báo giá)',
  'Equipment quotations (at least 3)',
);
const LOAN_CONTRACT = doc('LOAN_CONTRACT', 'Hợp đồng tín dụng vay vốn di dời', 'Relocation loan contract');
const RELOCATION_DECISION = doc(
  'RELOCATION_DECISION',
  'Văn bản chấp thuận di dời vào cụm công nghiệp',
  'Approval to relocate into the industrial cluster',
);
const SOLAR_DESIGN = doc(
  'SOLAR_DESIGN',
  'Thiết kế hệ thống điện mặt trời mái nhà và thỏa thuận đấu nối',
  'Rooftop solar design and grid connection agreement',
);

const ALL_TYPES = ['SME', 'COOPERATIVE', 'COOPERATIVE_GROUP', 'HOUSEHOLD_BUSINESS'] as const;

/**
 * Programme rules under Decree 45/2012/NĐ-CP and Circular 28/2018/TT-BTC art. 8 (domain.md §4.3).
 * Values marked [unverified] are configuration defaults until SCT Đồng Nai confirms the provincial text.
 */
export const programRulesTt28: Readonly<Record<ProgramCode, ProgramRule>> = {
  DEMO_MODEL: {
    eligibleApplicantTypes: ALL_TYPES,
    locationRule: 'RURAL_INDUSTRIAL',
    requiredDocuments: [REQUEST_LETTER, BUSINESS_REGISTRATION, PROJECT_PROPOSAL],
    eligibleCostCategories: ['CONSTRUCTION', 'MACHINERY', 'PROCESS_DOCUMENTATION'],
    support: { kind: 'PERCENT_OF_COST', percent: 3000, capVnd: 1_000_000_000, capUnit: 'PER_MODEL' },
    basis: 'TT 28/2018/TT-BTC art. 8.2: ≤ 30 %, ≤ 1,000 million VND per model',
  },
  MACHINERY: {
    eligibleApplicantTypes: ALL_TYPES,
    locationRule: 'RURAL_INDUSTRIAL',
    requiredDocuments: [REQUEST_LETTER, BUSINESS_REGISTRATION, PROJECT_PROPOSAL, QUOTATIONS],
    eligibleCostCategories: ['MACHINERY', 'TECHNOLOGY_TRANSFER', 'INSTALLATION'],
    support: {
      kind: 'PERCENT_OF_COST',
      percent: 5000,
      capVnd: 300_000_000,
      capUnit: 'PER_ESTABLISHMENT',
      wholeLineCapMultiplier: { numerator: 3, denominator: 2 },
    },
    basis: 'TT 28/2018/TT-BTC art. 8.4: ≤ 50 %, ≤ 300 million VND per establishment; a whole line 1.5 × cap',
  },
  RELOCATION_INTEREST: {
    eligibleApplicantTypes: ALL_TYPES,
    locationRule: 'RURAL_INDUSTRIAL',
    requiredDocuments: [REQUEST_LETTER, BUSINESS_REGISTRATION, LOAN_CONTRACT, RELOCATION_DECISION],
    eligibleCostCategories: ['LOAN_INTEREST'],
    // [unverified] 50 % of the interest, ≤ 24 months, ≤ 300 million VND: confirm the Đồng Nai relocation
    // interest-support rule (domain.md §4.4, §7 item 3).
    support: { kind: 'INTEREST_SHARE', share: 5000, maxMonths: 24, capVnd: 300_000_000 },
    basis: 'ND 45/2012 + TT 28/2018 (interest support for relocating polluting CNNT) [unverified numbers]',
  },
  ROOFTOP_SOLAR: {
    eligibleApplicantTypes: ALL_TYPES,
    locationRule: 'ANY',
    requiredDocuments: [REQUEST_LETTER, BUSINESS_REGISTRATION, PROJECT_PROPOSAL, SOLAR_DESIGN],
    eligibleCostCategories: ['SOLAR_PANELS', 'INVERTERS', 'INSTALLATION', 'PROCESS_DOCUMENTATION'],
    // [unverified] funded as a cleaner-production demonstration model: 30 %, ≤ 1,000 million VND per model
    // until the Đồng Nai HĐND/UBND spending rule is confirmed (domain.md §4.3, §7 item 2).
    support: { kind: 'PERCENT_OF_COST', percent: 3000, capVnd: 1_000_000_000, capUnit: 'PER_MODEL' },
    basis: 'Cleaner-production pilot model, levels as a demonstration model [unverified]',
  },
};
