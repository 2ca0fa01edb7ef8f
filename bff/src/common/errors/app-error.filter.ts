import { Catch, type ExceptionFilter } from '@nestjs/common';
import { AppError } from './app.error';

/**
 * Hands AppErrors straight to GraphQL's error formatting: they are expected outcomes (bad input,
 * not found), not failures, so Nest must not log them as errors with a stack trace.
 */
@Catch(AppError)
export class AppErrorFilter implements ExceptionFilter<AppError> {
  catch(error: AppError): AppError {
    return error;
  }
}
