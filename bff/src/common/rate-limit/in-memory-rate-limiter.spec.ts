import { InMemoryRateLimiter } from './in-memory-rate-limiter';

describe('InMemoryRateLimiter', () => {
  it('allows `limit` hits per window, refuses the next and starts again in the next window', async () => {
    let now = 60_000;
    const limiter = new InMemoryRateLimiter(() => now);
    for (let i = 1; i <= 3; i += 1) {
      expect(await limiter.hit('k', 3, 60_000)).toMatchObject({ allowed: true, count: i });
    }
    expect(await limiter.hit('k', 3, 60_000)).toMatchObject({ allowed: false, count: 4 });
    expect((await limiter.hit('other', 3, 60_000)).allowed).toBe(true);
    now += 60_000;
    expect(await limiter.hit('k', 3, 60_000)).toMatchObject({ allowed: true, count: 1 });
  });

  it('tells when the window ends', async () => {
    const limiter = new InMemoryRateLimiter(() => 90_000);
    expect((await limiter.hit('k', 1, 60_000)).resetInMs).toBe(30_000);
  });
});
