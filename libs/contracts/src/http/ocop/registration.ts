// What the OCOP service (/api/ocop) accepts and answers when a product is registered (its page: product-page.ts).

export interface RegisterProductRequest {
  subjectId: string;
  name: string;
  groupCode: string;
  subgroupCode: string;
  /** Defaults to the subject's unit. */
  unitCode?: string;
  /** Appraisers only: a dossier received earlier on paper. */
  registeredOn?: string;
  documents: { kind: string; fileName: string }[];
}

/** What registering a product answers (its page, OcopProduct, has the rest). */
export interface RegisteredProduct {
  id: string;
  subjectId: string;
  name: string;
  unitCode: string;
  registeredOn: string;
  packId: string;
}
