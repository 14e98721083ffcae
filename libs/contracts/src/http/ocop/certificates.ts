// An OCOP certificate as a round's result lists it, and as anyone reads it through the public lookup.

export interface OcopCertificateSummary {
  number: string;
  stars: number;
  issuedBy: string;
  issueDate: string;
  expiryDate: string;
  status: string;
}

/** What anyone reads of a certificate: product, holder, stars and validity; no scores, no members. */
export interface PublicCertificate {
  number: string;
  productName: string;
  subjectName: string;
  groupCode: string;
  unit: { code: string; name: string };
  stars: number;
  issuedBy: string;
  issueDate: string;
  expiryDate: string;
  valid: boolean;
  statusVi: string;
  statusEn: string;
  replacedBy: string | null;
}
