// The dossier form's steps, and which of its values each step checks before moving on.

export const STEPS = ['program', 'establishment', 'cost', 'review'] as const;
export const STEP_FIELDS: Record<(typeof STEPS)[number], string[]> = {
  program: ['programCode', 'title'],
  establishment: ['establishment'],
  cost: ['localUnitCode', 'cost'],
  review: [],
};
