import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import type { ErrorCode } from '@shizhong/domain';
import {
  getOperationAST,
  GraphQLError,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
} from 'graphql';
import type { Context } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../common/errors/app.error';
import { formatGraphqlError } from '../format-error';
import { operationDepth, type QueryLimits } from '../query-limits.plugin';
import {
  MAX_SUBSCRIPTIONS_PER_CONNECTION,
  type ClosableSocket,
  type WsConnections,
} from './ws-connections';

/** graphql-ws's context of a connection on the `ws` server (its `Extra`: socket and request). */
type WsContext = Context<
  Record<string, unknown> | undefined,
  { socket: ClosableSocket; request: IncomingMessage }
>;

function refusal(code: ErrorCode, detail?: string): GraphQLError {
  const error = new AppError(code, detail);
  return new GraphQLError(error.userMessage, { originalError: error });
}

/**
 * An error of a WebSocket operation as the client sees it: the same format as over HTTP
 * (formatGraphqlError). Errors graphql-js makes itself carry no code: request-level ones (no
 * path) are the caller's — `fallback` — and the rest are internal.
 */
export function formatWsError(
  error: GraphQLError,
  fallback: ErrorCode,
  exposeDetails: boolean,
): GraphQLFormattedError {
  if (error.originalError instanceof AppError) {
    return formatGraphqlError(error.toJSON(), error.originalError, exposeDetails);
  }
  const formatted = error.toJSON();
  const needsCode = !formatted.extensions?.code && !formatted.path && !error.originalError;
  return formatGraphqlError(
    needsCode
      ? { ...formatted, extensions: { ...formatted.extensions, code: fallback } }
      : formatted,
    error,
    exposeDetails,
  );
}

/** Checks a subscribe message before graphql-ws parses, validates and runs it. */
function refusalOf(query: string, operationName: string | null | undefined, limits: QueryLimits) {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return refusal('GRAPHQL_PARSE_FAILED');
  }
  const operation = getOperationAST(document, operationName);
  if (operation && operation.operation !== 'subscription') {
    return refusal('BAD_USER_INPUT', '此连接只用于订阅，查询和修改请通过 HTTP 发送');
  }
  if (operationDepth(document, operationName) > limits.maxDepth) return refusal('QUERY_TOO_DEEP');
  return null;
}

/**
 * graphql-ws on the BFF's HTTP server (path /graphql, protocol graphql-transport-ws), for
 * subscriptions only. Authentication: see WsConnections. Errors look as over HTTP. The operation
 * context is `{ req }` with the caller on `req.auth`, so the global AuthGuard applies each
 * subscription's `@Access` policy (none: refused) and `@CurrentUser()` works.
 */
export function graphqlWsOptions(
  connections: WsConnections,
  options: { exposeDetails: boolean; limits: QueryLimits },
): GraphQLWsSubscriptionsConfig {
  const { exposeDetails, limits } = options;
  const config = {
    path: '/graphql',
    connectionInitWaitTimeout: 5_000,
    onConnect: (ctx: WsContext) =>
      connections.connect(ctx, ctx.extra.socket, ctx.extra.request, ctx.connectionParams),
    onSubscribe: async (
      ctx: WsContext,
      _id: string,
      payload: { query: string; operationName?: string | null },
    ) => {
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [refusal('RATE_LIMITED', '同时订阅的内容过多，请关闭部分页面后重试')];
      }
      const caller = await connections.beforeSubscribe(ctx);
      if (caller === 'ENDED') return [refusal('UNAUTHENTICATED', '登录已失效，请重新登录')];
      const refused = refusalOf(payload.query, payload.operationName, limits);
      return refused ? [refused] : undefined;
    },
    context: (ctx: WsContext) => ({ req: connections.requestFor(ctx) }),
    onNext: (
      _ctx: WsContext,
      _id: string,
      _payload: unknown,
      _args: unknown,
      result: { errors?: readonly GraphQLError[] },
    ) =>
      result.errors
        ? {
            ...result,
            errors: result.errors.map((error) =>
              formatWsError(error, 'BAD_USER_INPUT', exposeDetails),
            ),
          }
        : undefined,
    onError: (_ctx: WsContext, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
      errors.map((error) => formatWsError(error, 'GRAPHQL_VALIDATION_FAILED', exposeDetails)),
    onClose: (ctx: WsContext) => connections.disconnect(ctx),
  };
  // Nest's type lists only some of graphql-ws's options; it passes them all to useServer.
  return config as unknown as GraphQLWsSubscriptionsConfig;
}
