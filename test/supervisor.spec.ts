// The supervisor behind `npm start` (scripts/supervise.js) takes its apps and ports from the service
// registry: these pin what it runs, so a registry edit that changes `npm start` is seen here.
import { RoutedServiceNames, serviceUrlKey } from '@kc/contracts';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { servicePorts, replicaPorts, replicaEnv } = require('../scripts/replicas') as {
  servicePorts: () => [string, number][];
  replicaPorts: (base: [string, number][], env: Record<string, string>) => [string, number, string][];
  replicaEnv: (apps: [string, number, string][], port: number, env: Record<string, string>) => Record<string, string>;
};

describe('the supervisor (scripts/supervise.js)', () => {
  it('runs one replica of every app on the ports npm start has always used, the gateway first', () => {
    expect(replicaPorts(servicePorts(), {})).toEqual([
      ['gateway', 3000, 'gateway'],
      ['applications', 3001, 'applications'],
      ['appraisals', 3002, 'appraisals'],
      ['ocop', 3003, 'ocop'],
      ['notifications', 3004, 'notifications'],
      ['operations', 3005, 'operations'],
    ]);
  });

  it('gives the gateway a URL list for every service it routes, under the keys its config reads', () => {
    const apps = replicaPorts(servicePorts(), {});
    const env = replicaEnv(apps, 3000, {});
    expect(
      Object.fromEntries(RoutedServiceNames.map((name) => [serviceUrlKey(name), env[serviceUrlKey(name)]])),
    ).toEqual({
      APPLICATIONS_URL: 'http://127.0.0.1:3001',
      APPRAISALS_URL: 'http://127.0.0.1:3002',
      OCOP_URL: 'http://127.0.0.1:3003',
      NOTIFICATIONS_URL: 'http://127.0.0.1:3004',
      OPERATIONS_URL: 'http://127.0.0.1:3005',
    });
    expect(env.PORT).toBe('3000');
    expect(env.AUTH_JWKS_URL).toBe('http://127.0.0.1:3000/.well-known/jwks.json');
  });

  it('with replicas, lists every replica and every gateway for the JWKS, and leaves what the caller set', () => {
    const apps = replicaPorts(servicePorts(), { APP_REPLICAS: '2', APP_PORT_OFFSET: '10' });
    expect(apps.filter(([, , app]) => app === 'ocop')).toEqual([
      ['ocop-1', 3013, 'ocop'],
      ['ocop-2', 3113, 'ocop'],
    ]);
    const env = replicaEnv(apps, 3111, { OCOP_URL: 'http://elsewhere:1' });
    expect(env.AUTH_JWKS_URL).toBe(
      'http://127.0.0.1:3010/.well-known/jwks.json,http://127.0.0.1:3110/.well-known/jwks.json',
    );
    expect(env.APPLICATIONS_URL).toBe('http://127.0.0.1:3011,http://127.0.0.1:3111');
    expect(env.OCOP_URL).toBe('http://elsewhere:1');
    expect(env.PUBLIC_BASE_URL).toBe('http://127.0.0.1:3010');
  });
});
