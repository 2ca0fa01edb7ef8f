import { apiStrings } from './strings';
import { toUserFacingError, TransportError } from './errors';

describe('toUserFacingError', () => {
  it('maps transport timeouts and network failures', () => {
    expect(toUserFacingError({ networkError: new TransportError('timeout') })).toEqual({
      kind: 'timeout',
      message: '请求超时，请稍后重试',
    });
    expect(toUserFacingError({ networkError: new TransportError('network') })).toEqual({
      kind: 'network',
      message: '网络连接失败，请检查网络后重试',
    });
    expect(toUserFacingError(new TransportError('network')).message).toBe(apiStrings.network);
  });

  it("shows the server's Chinese GraphQL message with its code", () => {
    const error = {
      graphQLErrors: [
        { message: '该时段已约满，请选择其他时段', extensions: { code: 'SLOT_FULL' } },
      ],
    };
    expect(toUserFacingError(error)).toEqual({
      kind: 'graphql',
      message: '该时段已约满，请选择其他时段',
      code: 'SLOT_FULL',
    });
  });

  it('hides internal and non-Chinese server messages', () => {
    expect(
      toUserFacingError({
        graphQLErrors: [{ message: '服务异常', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      }).message,
    ).toBe(apiStrings.unknown);
    expect(
      toUserFacingError({ graphQLErrors: [{ message: 'Cannot read properties of undefined' }] })
        .message,
    ).toBe(apiStrings.unknown);
  });

  it('falls back to the generic message for anything else', () => {
    expect(toUserFacingError(new Error('HTTP 502'))).toEqual({
      kind: 'unknown',
      message: '服务暂时不可用，请稍后再试',
    });
    expect(toUserFacingError({ networkError: new Error('Bad Gateway') }).kind).toBe('unknown');
    expect(toUserFacingError(undefined).message).toBe(apiStrings.unknown);
  });
});
