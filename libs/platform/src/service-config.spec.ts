import { parseConfig, serviceConfigSchema, switchedOn } from './service-config';

describe('service configuration', () => {
  it('fills every default for an empty environment', () => {
    const config = parseConfig(serviceConfigSchema(3001), {});
    expect(config).toMatchObject({
      PORT: 3001,
      HOST: '127.0.0.1',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      TEMPORAL_NAMESPACE: 'khuyencong',
    });
    expect(config.DATABASE_URL).toMatch(/\/khuyencong$/);
  });

  it('splits a broker list', () => {
    expect(parseConfig(serviceConfigSchema(1), { KAFKA_BROKERS: 'a:1, b:2' }).KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it('stops with every bad key listed', () => {
    expect(() =>
      parseConfig(serviceConfigSchema(1), { PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' }),
    ).toThrow(/PORT[\s\S]*LOG_LEVEL[\s\S]*DATABASE_URL|PORT[\s\S]*DATABASE_URL[\s\S]*LOG_LEVEL/);
  });

  it('switches the API docs and health details off by default in production only', () => {
    const production = parseConfig(serviceConfigSchema(1), { NODE_ENV: 'production' });
    expect(switchedOn(production, production.API_DOCS)).toBe(false);
    expect(switchedOn(production, 'on')).toBe(true);
    const development = parseConfig(serviceConfigSchema(1), {});
    expect(switchedOn(development, development.HEALTH_DETAILS)).toBe(true);
    expect(switchedOn(development, 'off')).toBe(false);
  });
});
