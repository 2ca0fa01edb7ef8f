import { errorMessage, type ErrorCode } from '@shizhong/domain';

/**
 * An error the user can cause or must be told about: a stable code for the client and a
 * Chinese message for the user. Anything else that escapes a resolver is an internal error.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly userMessage: string;

  constructor(
    readonly code: ErrorCode,
    detail?: string,
    /** Extra fields for the client (e.g. which argument was wrong); never personal data. */
    readonly extensions: Record<string, string | number | boolean> = {},
  ) {
    const message = errorMessage(code, detail);
    super(message);
    this.userMessage = message;
  }
}
