import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { ERROR_MESSAGES, isErrorCode, type ErrorCode } from '@shizhong/domain';
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../common/errors/app.error';
import { currentRequestId } from '../common/request-context/request-context';

const logger = new Logger('GraphQL');

/** Apollo's own codes for malformed requests, mapped to ours. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_SUPPORTED: 'GRAPHQL_VALIDATION_FAILED',
  OPERATION_RESOLUTION_FAILURE: 'GRAPHQL_VALIDATION_FAILED',
};

/**
 * Every error leaves the BFF as a Chinese message with a stable `extensions.code` and the request
 * id. Unexpected errors are logged whole and reach the client only as a generic message: never a
 * stack trace, SQL or backend detail.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
  exposeDetails: boolean,
): GraphQLFormattedError {
  const requestId = currentRequestId();
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof AppError) {
    return {
      ...base,
      message: original.userMessage,
      extensions: { ...original.extensions, code: original.code, requestId },
    };
  }

  const apolloCode = formatted.extensions?.code;
  if (typeof apolloCode === 'string') {
    const code = isErrorCode(apolloCode) ? apolloCode : APOLLO_CODES[apolloCode];
    if (code && code !== 'INTERNAL_ERROR') {
      return {
        ...base,
        message: ERROR_MESSAGES[code],
        extensions: {
          code,
          requestId,
          ...(exposeDetails ? { detail: formatted.message } : {}),
        },
      };
    }
  }

  logger.error(
    { requestId, err: original instanceof Error ? original : new Error(String(original)) },
    `unexpected error: ${formatted.message}`,
  );
  return {
    ...base,
    message: ERROR_MESSAGES.INTERNAL_ERROR,
    extensions: { code: 'INTERNAL_ERROR', requestId },
  };
}
