import type { AppConfig } from './config/app-config';

/** A database URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

/** One clear line for the errors that stop start-up: database unreachable, port taken or invalid. */
export function describeStartupError(
  error: unknown,
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR' | 'PORT'>,
): string {
  const err = error as NodeJS.ErrnoException & { sqlMessage?: string };
  const where = config.DATABASE_URL
    ? redactUrl(config.DATABASE_URL)
    : `SQLite in ${config.DATA_DIR}`;
  switch (err.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return `Cannot reach the database at ${where} (${err.code}). Is it running, and is DATABASE_URL right?`;
    case 'ER_ACCESS_DENIED_ERROR':
      return `The database at ${where} refused the user name or password (ER_ACCESS_DENIED_ERROR).`;
    case 'ER_BAD_DB_ERROR':
      return `The database named in ${where} does not exist (ER_BAD_DB_ERROR): create it first.`;
    case 'EADDRINUSE':
      return `Port ${config.PORT} is already in use: stop the other program or set PORT.`;
    case 'EACCES':
      return `Not allowed to listen on port ${config.PORT} or to open ${where} (EACCES).`;
    default:
      return `Start-up failed (${where}): ${err.sqlMessage ?? err.message ?? String(error)}`;
  }
}
