import { GraphQLError } from 'graphql';
import { AppError } from '../common/errors/app.error';
import { formatGraphqlError } from './format-error';

describe('formatGraphqlError', () => {
  it('sends an AppError as its code and Chinese message', () => {
    const error = new AppError('NOT_FOUND', '未找到该事项', { field: 'code' });
    const formatted = formatGraphqlError(
      { message: error.message, path: ['serviceItem'] },
      error,
      false,
    );
    expect(formatted).toMatchObject({
      message: '未找到该事项',
      path: ['serviceItem'],
      extensions: { code: 'NOT_FOUND', field: 'code' },
    });
  });

  it('hides an unexpected error behind a generic message: no stack, no SQL, no detail', () => {
    const error = new Error("ER_NO_SUCH_TABLE: Table 'x.secret' doesn't exist");
    const formatted = formatGraphqlError(
      { message: error.message, extensions: { stacktrace: ['at secret.js:1'] } },
      new GraphQLError(error.message, { originalError: error }),
      true,
    );
    expect(formatted.message).toBe('服务暂时不可用，请稍后再试');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_ERROR', requestId: undefined });
    expect(JSON.stringify(formatted)).not.toMatch(/secret|ER_NO_SUCH_TABLE/);
  });

  it('maps Apollo validation errors to our code, with the detail only outside production', () => {
    const formatted = {
      message: 'Cannot query field "x"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(
      formatGraphqlError(formatted, new GraphQLError(formatted.message), true).extensions,
    ).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      detail: 'Cannot query field "x"',
    });
    expect(
      formatGraphqlError(formatted, new GraphQLError(formatted.message), false).extensions,
    ).not.toHaveProperty('detail');
  });
});
