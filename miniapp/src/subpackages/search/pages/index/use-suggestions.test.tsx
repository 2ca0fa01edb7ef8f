import { act, renderHook } from '@testing-library/react';
import { SUGGEST_DEBOUNCE_MS, useSuggestions, type Suggestion } from './use-suggestions';

const KFD: Suggestion = { text: '我要开饭店', kind: 'THEME', code: 'T-KFD' };

describe('useSuggestions', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('asks once, for the last text, after typing pauses', async () => {
    const fetcher = jest.fn((prefix: string) => Promise.resolve(prefix === 'kfd' ? [KFD] : []));
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, fetcher), {
      initialProps: { text: 'k' },
    });
    rerender({ text: 'kf' });
    act(() => jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS - 50));
    rerender({ text: 'kfd' });
    act(() => jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS - 1));
    expect(fetcher).not.toHaveBeenCalled();

    await act(async () => {
      jest.advanceTimersByTime(1);
      await Promise.resolve();
    });
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith('kfd');
    expect(result.current).toEqual([KFD]);
  });

  it('never asks for a blank text and clears the list', async () => {
    const fetcher = jest.fn(() => Promise.resolve([KFD]));
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, fetcher), {
      initialProps: { text: '饭店' },
    });
    await act(async () => {
      jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS);
      await Promise.resolve();
    });
    expect(result.current).toEqual([KFD]);

    rerender({ text: '   ' });
    act(() => jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS * 2));
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual([]);
  });

  it('drops an answer that arrives after the text changed', async () => {
    let resolveFirst: (value: Suggestion[]) => void = () => undefined;
    const fetcher = jest
      .fn<Promise<Suggestion[]>, [string]>()
      .mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)))
      .mockImplementation(() => Promise.resolve([]));
    const { result, rerender } = renderHook(({ text }) => useSuggestions(text, fetcher), {
      initialProps: { text: '开' },
    });
    act(() => jest.advanceTimersByTime(SUGGEST_DEBOUNCE_MS));
    rerender({ text: '开饭' });
    await act(async () => {
      resolveFirst([KFD]);
      await Promise.resolve();
    });
    expect(result.current).toEqual([]);
  });
});
