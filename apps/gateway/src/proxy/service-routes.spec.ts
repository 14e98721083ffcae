import { serviceRoutes } from './service-routes';

describe('serviceRoutes', () => {
  it("routes /api/<service> for every service behind the gateway, to its *_URL's replicas", () => {
    const routes = serviceRoutes({
      APPLICATIONS_URL: 'http://a:3001, http://b:3101',
      APPRAISALS_URL: 'http://a:3002',
      OCOP_URL: 'http://a:3003',
      NOTIFICATIONS_URL: 'http://a:3004',
      OPERATIONS_URL: 'http://a:3005',
    });
    expect(routes).toEqual({
      applications: ['http://a:3001', 'http://b:3101'],
      appraisals: ['http://a:3002'],
      ocop: ['http://a:3003'],
      notifications: ['http://a:3004'],
      operations: ['http://a:3005'],
    });
  });
});

describe("the gateway's default service URLs", () => {
  it('are each service on loopback, on the port the registry gives it', async () => {
    const env = { ...process.env };
    for (const key of Object.keys(process.env)) if (key.endsWith('_URL') || key === 'PORT') delete process.env[key];
    try {
      const { config } = await import('../config');
      expect(serviceRoutes(config)).toEqual({
        applications: ['http://127.0.0.1:3001'],
        appraisals: ['http://127.0.0.1:3002'],
        ocop: ['http://127.0.0.1:3003'],
        notifications: ['http://127.0.0.1:3004'],
        operations: ['http://127.0.0.1:3005'],
      });
      expect(config.PORT).toBe(3000);
    } finally {
      process.env = env;
    }
  });
});
