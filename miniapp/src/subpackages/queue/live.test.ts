import { liveMode } from './live';

describe('liveMode', () => {
  it('pushed while the subscription is live, polled while the socket is not', () => {
    expect(liveMode('live', false)).toBe('live');
    expect(liveMode('connecting', false)).toBe('polling');
    expect(liveMode('reconnecting', false)).toBe('polling');
    expect(liveMode('failed', false)).toBe('polling');
  });

  it('nothing once the server ended it or while paused', () => {
    expect(liveMode('ended', false)).toBe('off');
    expect(liveMode('live', true)).toBe('off');
  });
});
