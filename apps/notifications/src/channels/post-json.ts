import { DeliveryError } from './channel-adapter';

/**
 * POSTs JSON to a provider; 4xx (except 408/429) is a permanent refusal, 5xx and network errors transient.
 * Returns the parsed answer.
 */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
  provider: string,
): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new DeliveryError(`${provider}: ${(error as Error).message}`, false);
  }
  const text = await res.text();
  if (!res.ok) {
    const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
    throw new DeliveryError(`${provider}: HTTP ${res.status} ${text.slice(0, 200)}`, permanent);
  }
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    throw new DeliveryError(`${provider}: answer is not JSON`, false);
  }
}
