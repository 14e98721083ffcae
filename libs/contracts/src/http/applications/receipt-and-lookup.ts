// What submitting a dossier answers (the receipt, Form 01), and what anyone holding the receipt may read.
import type { ProgramCode } from '../../events/application-events';
import type { Stage } from '../../events/appraisals/stages';
import type { DossierStatus, DossierTimelineEntry } from './dossier';

/** The receipt of a submitted dossier (Form 01). */
export interface Receipt {
  dossierId: string;
  dossierCode: string;
  lookupSecret: string;
  receivedAt: string;
  expectedResultDate: string;
  rulePackId: string;
  proposedSupportVnd: number;
  supportExplanation: string;
  programNameVi: string;
  localUnitName: string;
  publicLookupUrl: string;
}

/** What anyone holding the receipt reads: no names, amounts or officers' notes. */
export interface PublicDossier {
  dossierCode: string | null;
  programCode: ProgramCode;
  programNameVi: string;
  status: DossierStatus;
  stage: Stage | null;
  submittedAt: string | null;
  expectedResultDate: string | null;
  timeline: DossierTimelineEntry[];
}
