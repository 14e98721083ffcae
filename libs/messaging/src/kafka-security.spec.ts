import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kafkaConfigSchema, kafkaSecurity } from './kafka-config';

describe('Kafka client security', () => {
  it('uses nothing in development', () => {
    expect(kafkaSecurity(kafkaConfigSchema.parse({}))).toEqual({});
  });

  it('connects with SASL/SCRAM over TLS, the password read from a secret file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kc-sasl-')), 'password');
    fs.writeFileSync(file, 's3cret-of-applications\n');
    const config = kafkaConfigSchema.parse({
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'svc-applications',
      KAFKA_SASL_PASSWORD_FILE: file,
    });
    expect(kafkaSecurity(config)).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'svc-applications', password: 's3cret-of-applications' },
    });
    expect(() => kafkaSecurity({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toThrow(/KAFKA_SASL_USERNAME/);
  });
});
