import type { DossierTimelineEntry, Stage } from '@kc/contracts';

/** A row of applications.timeline: one step of a dossier's history as the applicant reads it. */
export interface TimelineRow {
  at: Date;
  kind: string;
  stage: Stage | null;
  label_vi: string;
  label_en: string;
  note: string | null;
}

/** A timeline row as the API shows it. */
export function toTimelineView(t: TimelineRow): DossierTimelineEntry {
  return {
    at: t.at.toISOString(),
    kind: t.kind,
    stage: t.stage,
    labelVi: t.label_vi,
    labelEn: t.label_en,
    note: t.note,
  };
}
