// The OCOP score template a council member scores against: its parts (A, B, C) and their criteria.

export interface OcopTemplateCriterion {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  mandatory: boolean;
  minimumPoints: number;
}

export interface OcopTemplatePart {
  part: 'A' | 'B' | 'C';
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  criteria: readonly OcopTemplateCriterion[];
}
