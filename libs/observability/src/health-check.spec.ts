import { probe } from './health-check';

describe('health probe', () => {
  it('reports up with where the dependency is', async () => {
    await expect(probe(async () => 'pong', '127.0.0.1:9092')).resolves.toEqual({
      status: 'up',
      detail: '127.0.0.1:9092',
    });
  });
  it('reports down with the reason', async () => {
    await expect(probe(async () => Promise.reject(new Error('ECONNREFUSED')), 'db')).resolves.toEqual({
      status: 'down',
      detail: 'db: ECONNREFUSED',
    });
  });
  it('reports down when the dependency hangs', async () => {
    const result = await probe(() => new Promise(() => undefined), 'temporal', 50);
    expect(result).toEqual({ status: 'down', detail: 'temporal: no answer within 50 ms' });
  });
});
