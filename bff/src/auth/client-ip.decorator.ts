import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestOf } from './auth.guard';

/** The caller's IP address (behind the local reverse proxy: the forwarded one), for rate limits. */
export const ClientIp = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    requestOf(context).ip ?? requestOf(context).socket.remoteAddress ?? 'unknown',
);
