import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { AuthRequest, AuthUser } from '../../auth/auth-user';
import { SessionService } from '../../auth/session.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * The close code of a connection whose token or session is not (or no longer) valid: the client
 * refreshes its session and connects again (graphql-ws treats it as fatal, never retrying with
 * the same token).
 */
export const WS_CLOSE_UNAUTHENTICATED = 4401;
/** Subscriptions one connection may hold at once (the app needs a handful). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

/** The part of a socket this registry uses (ws's WebSocket). */
export interface ClosableSocket {
  close(code: number, reason: string): void;
  /** ws's readyState (1: open). */
  readonly readyState?: number;
}

const OPEN = 1;

/** One open GraphQL WebSocket connection and who is on it. */
interface Connection {
  socket: ClosableSocket;
  /** Null: anonymous (no `authorization` in connection_init). */
  auth: AuthUser | null;
  ip: string | undefined;
}

/** What connection_init may carry: `{ authorization: 'Bearer <access token>' }`. */
export function bearerFromConnectionParams(params: unknown): string | null | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const record = params as Record<string, unknown>;
  const value = record.authorization ?? record.Authorization;
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match ? match[1] : null;
}

/**
 * Authentication of GraphQL WebSocket connections (graphql-ws), with the same session check as
 * the HTTP AuthGuard:
 *
 * - `connection_init` carries `{ authorization: 'Bearer <access token>' }` (or nothing:
 *   anonymous). The token is checked once, like an HTTP request (signature, expiry, session
 *   open, account not disabled); a bad one closes the socket with 4401.
 * - Every `subscribe` checks the session again (revoked, expired, disabled account; role and hall
 *   read anew — `SessionService.recheck`), then hands the caller to the AuthGuard through the
 *   operation's context (`req.auth`), so `@Access` and `@CurrentUser()` work as over HTTP.
 * - Every REALTIME_SESSION_CHECK_MS the sessions of all open connections are checked again and the
 *   connections of ended sessions are closed with 4401: a logout stops the pushes within that time.
 *
 * The access token's own 15-minute expiry is not re-applied to an open connection: its session is.
 */
@Injectable()
export class WsConnections implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WsConnections.name);
  private readonly connections = new Map<object, Connection>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<number> | null = null;

  constructor(
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'REALTIME_SESSION_CHECK_MS'>,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.REALTIME_SESSION_CHECK_MS;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      void this.sweep().catch((error: unknown) =>
        this.logger.error({ err: error }, 'session sweep of WebSocket connections failed'),
      );
    }, interval);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping?.catch(() => undefined);
  }

  /** Open connections on this instance. */
  get size(): number {
    return this.connections.size;
  }

  /**
   * connection_init: true when the connection is accepted (anonymous or a valid token); false
   * after closing it with 4401.
   */
  async connect(
    key: object,
    socket: ClosableSocket,
    request: IncomingMessage | undefined,
    params: unknown,
  ): Promise<boolean> {
    const token = bearerFromConnectionParams(params);
    let auth: AuthUser | null = null;
    if (token !== undefined) {
      auth = token ? await this.sessions.authenticate(token) : null;
      if (!auth) {
        socket.close(WS_CLOSE_UNAUTHENTICATED, 'Unauthorized');
        return false;
      }
    }
    // Closed while its token was being checked: onClose has run already, keep nothing.
    if (socket.readyState !== undefined && socket.readyState !== OPEN) return false;
    this.connections.set(key, { socket, auth, ip: request?.socket.remoteAddress });
    return true;
  }

  /**
   * Before each subscription: the caller as of now (null = anonymous), or 'ENDED' when the
   * connection's session has ended (the connection is then closed with 4401).
   */
  async beforeSubscribe(key: object): Promise<AuthUser | null | 'ENDED'> {
    const connection = this.connections.get(key);
    if (!connection) return 'ENDED';
    if (!connection.auth) return null;
    const fresh = await this.sessions.recheck(connection.auth);
    if (!fresh) {
      this.end(key, connection);
      return 'ENDED';
    }
    connection.auth = fresh;
    return fresh;
  }

  /**
   * The request the AuthGuard and `@CurrentUser()` read for an operation of this connection:
   * the caller already established (`auth` set, so the guard only applies the policy).
   */
  requestFor(key: object): AuthRequest {
    const connection = this.connections.get(key);
    return { headers: {}, ip: connection?.ip, auth: connection?.auth ?? null } as AuthRequest;
  }

  disconnect(key: object): void {
    this.connections.delete(key);
  }

  /** Checks every signed-in connection's session; closes those that ended. Returns how many. */
  sweep(): Promise<number> {
    this.sweeping ??= this.sweepOnce().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async sweepOnce(): Promise<number> {
    let closed = 0;
    // One check per session (a session may hold several sockets); one at a time, to stay light
    // on the database pool.
    const bySession = new Map<string, { auth: AuthUser; entries: [object, Connection][] }>();
    for (const [key, connection] of this.connections) {
      const auth = connection.auth;
      if (!auth) continue;
      const group = bySession.get(auth.sessionId) ?? { auth, entries: [] };
      group.entries.push([key, connection]);
      bySession.set(auth.sessionId, group);
    }
    for (const { auth, entries } of bySession.values()) {
      const fresh = await this.sessions.recheck(auth);
      for (const [key, connection] of entries) {
        if (!this.connections.has(key)) continue;
        if (fresh) {
          connection.auth = fresh;
        } else {
          this.end(key, connection);
          closed += 1;
        }
      }
    }
    return closed;
  }

  private end(key: object, connection: Connection): void {
    this.connections.delete(key);
    connection.socket.close(WS_CLOSE_UNAUTHENTICATED, 'Unauthorized');
  }
}
