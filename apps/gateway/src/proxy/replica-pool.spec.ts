import { ReplicaPool, replicaUrls } from './replica-pool';

describe('ReplicaPool', () => {
  const a = 'http://127.0.0.1:3001';
  const b = 'http://127.0.0.1:3101';

  it('spreads requests over the replicas in turn', () => {
    const pool = new ReplicaPool([a, b]);
    const picks = Array.from({ length: 4 }, () => pool.pick());
    expect(picks.filter((u) => u === a)).toHaveLength(2);
    expect(picks.filter((u) => u === b)).toHaveLength(2);
  });

  it('sends nothing to a replica that is down until it is up again', () => {
    const pool = new ReplicaPool([a, b]);
    pool.markDown(a);
    expect(Array.from({ length: 5 }, () => pool.pick())).toEqual([b, b, b, b, b]);
    pool.markUp(a);
    expect(new Set(Array.from({ length: 4 }, () => pool.pick()))).toEqual(new Set([a, b]));
  });

  it('still tries a replica when all are down, and never marks a lone replica down', () => {
    const both = new ReplicaPool([a, b]);
    both.markDown(a);
    both.markDown(b);
    expect([a, b]).toContain(both.pick());
    const single = new ReplicaPool([a]);
    single.markDown(a);
    expect(single.isUp(a)).toBe(true);
  });

  it('takes a replica out when its /health fails and back when it answers', async () => {
    jest.useFakeTimers();
    const healthy = new Map([
      [a, false],
      [b, true],
    ]);
    const pool = new ReplicaPool([a, b]);
    const stop = pool.watch(1000, async (url) => healthy.get(url)!);
    await jest.advanceTimersByTimeAsync(1000);
    expect(pool.isUp(a)).toBe(false);
    healthy.set(a, true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(pool.isUp(a)).toBe(true);
    stop();
    jest.useRealTimers();
  });

  it('reads a comma-separated list of URLs', () => {
    expect(replicaUrls(`${a}, ${b},`)).toEqual([a, b]);
  });
});
