import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TemporalNamespaces } from '@kc/contracts';

export const temporalConfigSchema = z.object({
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().default(TemporalNamespaces.app),
  /** mTLS to the Temporal frontend (production, docs/security.md): this service's certificate and key, the CA. */
  TEMPORAL_TLS_CERT_FILE: z.string().optional(),
  TEMPORAL_TLS_KEY_FILE: z.string().optional(),
  TEMPORAL_TLS_CA_FILE: z.string().optional(),
  TEMPORAL_TLS_SERVER_NAME: z.string().optional(),
});
export type TemporalConfig = z.infer<typeof temporalConfigSchema>;

/** The `tls` option of Connection/NativeConnection.connect: mTLS when a certificate is configured, else none. */
export function temporalTls(config: Partial<TemporalConfig>) {
  if (!config.TEMPORAL_TLS_CERT_FILE || !config.TEMPORAL_TLS_KEY_FILE) return undefined;
  return {
    serverNameOverride: config.TEMPORAL_TLS_SERVER_NAME,
    serverRootCACertificate: config.TEMPORAL_TLS_CA_FILE ? readFileSync(config.TEMPORAL_TLS_CA_FILE) : undefined,
    clientCertPair: {
      crt: readFileSync(config.TEMPORAL_TLS_CERT_FILE),
      key: readFileSync(config.TEMPORAL_TLS_KEY_FILE),
    },
  };
}
