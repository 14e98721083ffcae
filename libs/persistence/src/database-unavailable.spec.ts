import { Client } from 'pg';
import { isDatabaseUnavailable } from './database-unavailable';

describe('isDatabaseUnavailable', () => {
  it('recognises what node-postgres raises when nothing listens on the port, or the connect times out', async () => {
    const client = new Client({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 500 });
    const refused = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated due to connection timeout'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('recognises a server that is shutting down or full, also inside a TypeORM QueryFailedError', () => {
    expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable({ message: 'query failed', driverError: { code: '53300' } })).toBe(true);
  });

  it('leaves errors about the request or the code alone', () => {
    expect(isDatabaseUnavailable({ code: '22P02' })).toBe(false);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
