import { ERROR_CODES, ERROR_MESSAGES, errorMessage, isErrorCode } from './error-code';

describe('error codes', () => {
  it('gives every code a Chinese message', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('recognises only known codes', () => {
    expect(isErrorCode('NOT_FOUND')).toBe(true);
    expect(isErrorCode('not_found')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });

  it('prefers a specific message over the default one', () => {
    expect(errorMessage('NOT_FOUND')).toBe('未找到相关内容');
    expect(errorMessage('NOT_FOUND', '未找到该事项')).toBe('未找到该事项');
    expect(errorMessage('NOT_FOUND', '  ')).toBe('未找到相关内容');
  });
});
