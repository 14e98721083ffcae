/** What an approval asks of its programme's budget for one year. */
export interface ReservationRequest {
  applicationId: string;
  dossierCode: string;
  programCode: string;
  year: number;
  amountVnd: number;
}

/** Who changes a budget and why (required: a budget is public money). */
export interface BudgetChange {
  actorId: string;
  actorName: string;
  reason: string;
}
