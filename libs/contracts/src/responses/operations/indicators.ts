// The operations API's indicators: on-time, processing time, online, throughput, attribution, OCOP stars,
// backlog, each a table of rows per period and key.
export interface TablePage<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
export interface OnTimeRow {
  key: string | null;
  received: number;
  carriedOver: number;
  toProcess: number;
  closedOnTime: number;
  closedLate: number;
  openPastDue: number;
  late: number;
  onTimeRate: number | null;
}
/** The public, page-ready on-time rate per unit (no dossier, no person), as the national portal publishes it. */
export interface PublicOnTime {
  period: string;
  units: { unitCode: string | null; toProcess: number; late: number; onTimeRate: number | null }[];
}
/** Processing time (working days, pauses excluded) of the cases decided in the period. */
export interface ProcessingTimeRow {
  key: string | null;
  decided: number;
  averageWorkingDays: number | null;
  p90WorkingDays: number | null;
}
export interface OnlineRow {
  key: string | null;
  /** Dossiers received in the period, and how many of them online. */
  received: number;
  submittedOnline: number;
  /** Percent with two decimals; null when nothing was received. */
  onlineRate: number | null;
  /**
   * Dossiers decided in the period, and how many answered online: a dossier submitted online gets its result
   * in the applicant's online dossier and inbox (the applications service shows every decision there).
   */
  decided: number;
  answeredOnline: number;
  answeredOnlineRate: number | null;
  /** Documents received as files by the dossiers received in the period (those whose count is known). */
  documentsDigitised: number;
  digitisedPerDossier: number | null;
}
export interface ThroughputRow {
  day: string;
  decided: number;
}
export interface AttributionRow {
  unitCode: string | null;
  closed: number;
  department: number | null;
  local: number | null;
  applicant: number | null;
  council: number | null;
  budgetWait: number | null;
}
export interface StarsRow {
  key: string | null;
  star1: number;
  star2: number;
  star3: number;
  star4: number;
  star5: number;
  total: number;
}
export interface BacklogRow {
  key: string | null;
  open: number;
  waitingOnApplicant: number;
  stagePastDue: number;
}
