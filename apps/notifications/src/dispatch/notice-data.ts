import type { Language } from '../templates/language';

/** How a notice greets someone whose name this service does not have. */
const UNNAMED: Readonly<Record<Language, string>> = { vi: 'Quý ông/bà', en: 'Sir or Madam' };

/**
 * What a template gets besides the event's fields: the greeting name (the account's, the applicant's on the
 * dossier, or a polite form), the product's label and the link to the dossier on the public site.
 */
export function noticeData(
  data: Record<string, unknown>,
  fullName: string | undefined,
  language: Language,
  publicBaseUrl: string,
): Record<string, unknown> {
  return {
    ...data,
    recipientName: fullName ?? data.applicantName ?? UNNAMED[language],
    productLabel: data.productName ?? data.productId,
    link: linkFor(data, publicBaseUrl),
  };
}

function linkFor(data: Record<string, unknown>, publicBaseUrl: string): string {
  const base = publicBaseUrl.replace(/\/$/, '');
  return typeof data.dossierCode === 'string' ? `${base}/?code=${encodeURIComponent(data.dossierCode)}` : `${base}/`;
}
