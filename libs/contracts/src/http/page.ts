/** One page of a paginated list, as every service's list routes answer it. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A bilingual message, for answers that only tell the person what happened. */
export interface BilingualMessage {
  message: string;
  messageEn: string;
}
