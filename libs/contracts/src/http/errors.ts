// How every service refuses a request (4xx): the message in Vietnamese first, English beside it, and a
// problem per field for invalid input. The web app shows the one in its reader's language.

/** One invalid field of a request. `field` is the path inside the body ("establishment.name"). */
export interface FieldProblem {
  field: string;
  messageVi: string;
  messageEn: string;
}

/** The body of a refusal. */
export interface ErrorBody {
  statusCode: number;
  error?: string;
  /** Vietnamese. */
  message: string;
  messageEn: string;
  fields?: FieldProblem[];
}
