import { apiStrings } from './strings';

export type TransportErrorKind = 'network' | 'timeout';

/** Thrown by the Taro fetch shim; urql puts it in `CombinedError.networkError`. */
export class TransportError extends Error {
  readonly kind: TransportErrorKind;

  constructor(kind: TransportErrorKind, detail?: string) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'TransportError';
    this.kind = kind;
  }
}

export type RequestErrorKind = 'network' | 'timeout' | 'graphql' | 'unknown';

export interface UserFacingError {
  kind: RequestErrorKind;
  /** Chinese message for a toast or an error state. */
  message: string;
  /** The server's stable `extensions.code` for GraphQL errors. */
  code?: string;
}

/** The shape of urql's CombinedError that matters here (kept structural for tests). */
export interface GraphqlErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}
export interface CombinedErrorLike {
  networkError?: Error;
  graphQLErrors?: readonly GraphqlErrorLike[];
}

const CJK = /[\u4e00-\u9fff]/;
/** Codes whose messages are not meant for citizens (the BFF logs them with a request id). */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'INTERNAL_ERROR']);

function isCombinedErrorLike(error: unknown): error is CombinedErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    ('graphQLErrors' in error || 'networkError' in error)
  );
}

/**
 * Maps anything a request can fail with to one Chinese message:
 * transport timeout / network failure, the server's own (Chinese) GraphQL error message,
 * or a generic message. Never an English message or a stack trace.
 */
export function toUserFacingError(error: unknown): UserFacingError {
  if (error instanceof TransportError) {
    return { kind: error.kind, message: apiStrings[error.kind] };
  }
  if (isCombinedErrorLike(error)) {
    const first = error.graphQLErrors?.[0];
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : undefined;
      if (code && INTERNAL_CODES.has(code))
        return { kind: 'unknown', message: apiStrings.unknown, code };
      if (first.message && CJK.test(first.message)) {
        return { kind: 'graphql', message: first.message, code };
      }
      return { kind: 'unknown', message: apiStrings.unknown, code };
    }
    if (error.networkError) return toUserFacingError(error.networkError);
  }
  return { kind: 'unknown', message: apiStrings.unknown };
}
