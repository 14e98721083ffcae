// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers, read loosely by the assertions
export type Json = Record<string, any>;

/** One call to a service's HTTP API as a signed-in user: the answer's status and its JSON body. */
export async function requestJson(
  url: string,
  authorization: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: Json }> {
  const res = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { authorization, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}
