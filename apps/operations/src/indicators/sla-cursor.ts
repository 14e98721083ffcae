/** Where a page of an SLA list ended: the last row's deadline and case. */
export interface SlaCursor {
  dueAt: string;
  caseId: string;
}

/** The cursor as the API hands it out: opaque, URL-safe. */
export const encodeCursor = (c: SlaCursor) => Buffer.from(JSON.stringify([c.dueAt, c.caseId])).toString('base64url');

/** A cursor back from the API, or undefined when it is not one of ours. */
export function decodeCursor(text: string): SlaCursor | undefined {
  try {
    const [dueAt, caseId] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof dueAt !== 'string' || typeof caseId !== 'string' || Number.isNaN(Date.parse(dueAt))) return undefined;
    return { dueAt, caseId };
  } catch {
    return undefined;
  }
}
