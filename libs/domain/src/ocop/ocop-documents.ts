/**
 * The evaluation dossier's documents (domain.md §2.7, as issued under 1048; form numbers under 148 are
 * [unverified]). The commune evaluation report of 1489 is not listed: the commune writes it during the
 * evaluation (`submitCommuneReport`).
 */
export const ocopDocumentKinds = {
  REGISTRATION_FORM: { vi: 'Phiếu đăng ký sản phẩm (Biểu 01/02)', en: 'Product registration form (Form 01/02)' },
  BUSINESS_PLAN: { vi: 'Phương án/dự án sản xuất kinh doanh (Biểu 03)', en: 'Production and business plan (Form 03)' },
  ORGANISATION_FORM: { vi: 'Giới thiệu tổ chức sản xuất (Biểu 04)', en: 'Organisation introduction (Form 04)' },
  LICENCE_COPY: { vi: 'Bản sao giấy đăng ký kinh doanh', en: 'Copy of the business registration certificate' },
  SAMPLES: { vi: 'Mẫu sản phẩm (5 mẫu)', en: 'Product samples (5)' },
  EVIDENCE: { vi: 'Tài liệu minh chứng khác', en: 'Other supporting evidence' },
} as const;
export type OcopDocumentKind = keyof typeof ocopDocumentKinds;

/** What a product's dossier must hold: the licence only for a registered subject, samples only for goods. */
export function requiredDocuments(input: { hasTaxCode: boolean; isService: boolean }): OcopDocumentKind[] {
  return [
    'REGISTRATION_FORM',
    'BUSINESS_PLAN',
    'ORGANISATION_FORM',
    ...(input.hasTaxCode ? (['LICENCE_COPY'] as const) : []),
    ...(input.isService ? [] : (['SAMPLES'] as const)),
  ];
}
