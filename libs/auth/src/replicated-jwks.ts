import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** `http://a/.well-known/jwks.json,http://b/...` (every gateway replica's JWKS) → the list of URLs. */
export function jwksUrls(value: string): string[] {
  return value
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/**
 * The gateway replicas' published keys, any of which will do: gateways share their signing keys through the
 * database. Each URL is its own cached key set (jose refetches on an unknown key id, at most every 30 s);
 * a lookup asks the replica that answered last and, when it fails (down, slow, an unknown key it has not
 * published yet), the next one. Only when every replica fails does the token fail, with the first error.
 */
export function replicatedJwks(urls: readonly string[]): JWTVerifyGetKey {
  if (urls.length === 0) throw new Error('AUTH_JWKS_URL lists no URL');
  const sets = urls.map((url) => createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, timeoutDuration: 3000 }));
  let preferred = 0;
  return async (header, token) => {
    let firstError: unknown;
    for (let tried = 0; tried < sets.length; tried++) {
      const index = (preferred + tried) % sets.length;
      try {
        const key = await sets[index]!(header, token);
        preferred = index;
        return key;
      } catch (error) {
        firstError ??= error;
      }
    }
    throw firstError;
  };
}
