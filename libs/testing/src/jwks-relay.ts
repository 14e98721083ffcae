import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The gateway's key set at an address known before the gateway starts. Services read AUTH_JWKS_URL when
 * they boot, and the gateway boots last (it needs their URLs), each on a port the system picks: the services
 * are given this relay's URL, and once the gateway listens `relayTo` points the relay at its key set. Tokens
 * are still verified against the keys the gateway publishes; until then the relay answers 503.
 */
export async function startJwksRelay() {
  let target: string | undefined;
  const server = http.createServer((_req, res) => {
    const answer = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    };
    if (!target) return answer(503, '{"message":"no gateway yet"}');
    fetch(target)
      .then(async (upstream) => answer(upstream.status, await upstream.text()))
      .catch((error: unknown) => answer(502, JSON.stringify({ message: String(error) })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`,
    /** From now on the relay answers with the key set of the gateway at `gatewayBase`. */
    relayTo(gatewayBase: string) {
      target = `${gatewayBase}/.well-known/jwks.json`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
