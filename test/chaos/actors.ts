// Who drives the dossiers in `npm run chaos`: applicants and one officer per role, with access tokens signed
// by the gateway's own key (AUTH_SIGNING_KEYS), so every service checks them against the gateway's JWKS as
// it does for real sign-ins. The council members' ids become APPROVAL_COUNCIL_MEMBER_IDS.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { calculateJwkThumbprint, SignJWT, type JWK } from 'jose';
import type { Role } from '@kc/domain';

export interface Actor {
  id: string;
  role: Role;
  unit: string | null;
}

export const signingPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

const actor = (role: Role, unit: string | null): Actor => ({ id: randomUUID(), role, unit });

export const actors = {
  applicants: Array.from({ length: 20 }, () => actor('APPLICANT', null)),
  officer: actor('LOCAL_OFFICER', 'X-XUAN-LOC'),
  appraiser: actor('DEPARTMENT_APPRAISER', 'DN-SCT'),
  leader: actor('DEPARTMENT_LEADER', 'DN-SCT'),
  council: Array.from({ length: 3 }, () => actor('COUNCIL_MEMBER', 'DN-HD-KC')),
};

const tokens = new Map<string, Promise<string>>();

/** A one-hour access token for the actor (made once: the run is shorter than that). */
export function tokenOf(a: Actor): Promise<string> {
  let token = tokens.get(a.id);
  if (!token) {
    token = (async () => {
      const key = createPrivateKey(signingPem);
      const kid = await calculateJwkThumbprint(createPublicKey(key).export({ format: 'jwk' }) as JWK);
      return new SignJWT({
        email: `${a.id}@chaos.khuyencong.test`,
        name: `Chaos ${a.role}`,
        roles: [a.role],
        unit: a.unit,
      })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setSubject(a.id)
        .setIssuer('khuyencong-gateway')
        .setAudience('khuyencong')
        .setIssuedAt()
        .setExpirationTime('3h')
        .sign(key);
    })();
    tokens.set(a.id, token);
  }
  return token;
}
