import { AttemptKeys, randomKey } from './attempt-key';

describe('AttemptKeys (idempotency keys of 确认预约)', () => {
  const sequence = () => {
    let n = 0;
    return () => `key-${(n += 1)}`;
  };

  it('sends the same key again when retrying the same booking after a network error', () => {
    const keys = new AttemptKeys(sequence());
    expect(keys.keyFor('slot-1|self')).toBe('key-1');
    // no answer (network error): the retry reuses it
    expect(keys.keyFor('slot-1|self')).toBe('key-1');
  });

  it('uses a fresh key once the server has answered', () => {
    const keys = new AttemptKeys(sequence());
    expect(keys.keyFor('slot-1|self')).toBe('key-1');
    keys.answered();
    expect(keys.keyFor('slot-1|self')).toBe('key-2');
  });

  it('uses a fresh key for another slot or person', () => {
    const keys = new AttemptKeys(sequence());
    expect(keys.keyFor('slot-1|self')).toBe('key-1');
    expect(keys.keyFor('slot-2|self')).toBe('key-2');
    expect(keys.keyFor('slot-2|member-9')).toBe('key-3');
  });

  it('makes keys the BFF accepts, different each time', () => {
    const made = new Set(Array.from({ length: 200 }, randomKey));
    expect(made.size).toBe(200);
    for (const key of made) expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});
