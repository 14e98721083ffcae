import { testEnv } from '@kc/testing';

export interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  messageId: string;
  to: { address: string }[];
  headers: Record<string, string>;
}

/**
 * Mails the shared mail server caught for one address. Tests use unique addresses and never delete all
 * mail: other people use the same server.
 */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const res = await fetch(`http://127.0.0.1:${testEnv.mailUiPort}/email`);
  const all = (await res.json()) as CaughtMail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}
