import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { Access } from '../../src/auth/access.decorator';
import type { AuthUser } from '../../src/auth/auth-user';
import { CurrentUser } from '../../src/auth/current-user.decorator';
import { PubSub, pubSubTopic } from '../../src/common/pubsub/pubsub';
import { PushIterator } from '../../src/common/pubsub/push-iterator';
import { loadConfig } from '../../src/config/app-config';
import { openDatabase } from '../../src/database/data-source';
import { WsConnections } from '../../src/graphql/ws/ws-connections';
import { demoToken, gql } from '../support/identity-fixtures';
import type { TestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { outcomeOf, wsClient, type WsTestClient } from '../support/ws-client';

/**
 * The GraphQL WebSocket endpoint itself (graphql-ws on /graphql): authentication from
 * connection_init, @Access and @CurrentUser on subscriptions, errors in the HTTP format, and
 * connections of ended sessions closed. Runs the real app plus a probe resolver of this file's
 * own (the queue's subscriptions have their own tests).
 */

const PROBE = pubSubTopic<{ hallCode: string; text: string }>('test.probe');

@Resolver()
class ProbeResolver {
  constructor(private readonly pubsub: PubSub) {}

  @Query(() => String)
  @Access('PUBLIC')
  probePing(): string {
    return 'pong';
  }

  @Subscription(() => String, { resolve: (payload: { text: string }) => payload.text })
  @Access('PUBLIC')
  probeHall(@Args('hallCode') hallCode: string): AsyncIterableIterator<{ text: string }> {
    return this.pubsub.asyncIterator(PROBE, { filter: (p) => p.hallCode === hallCode });
  }

  @Subscription(() => String, { resolve: (payload: string) => payload })
  @Access('CITIZEN')
  probeWhoAmI(@CurrentUser() user: AuthUser): AsyncIterableIterator<string> {
    const iterator = new PushIterator<string>();
    iterator.push(`${user.role}:${user.userId}`);
    return iterator;
  }

  @Subscription(() => String, { resolve: (payload: string) => payload })
  @Access('STAFF')
  probeStaff(@CurrentUser() user: AuthUser): AsyncIterableIterator<string> {
    const iterator = new PushIterator<string>();
    iterator.push(user.hallCode ?? 'ALL');
    return iterator;
  }

  @Subscription(() => String, { resolve: (payload: string) => payload })
  probeWithoutPolicy(): AsyncIterableIterator<string> {
    const iterator = new PushIterator<string>();
    iterator.push('leaked');
    return iterator;
  }
}

@Module({})
class ProbeAppModule {
  static forRoot(app: DynamicModule): DynamicModule {
    return { module: ProbeAppModule, imports: [app], providers: [ProbeResolver] };
  }
}

async function startProbeApp(database: TestDatabase): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    REALTIME_SESSION_CHECK_MS: '0',
    OUTBOX_POLL_INTERVAL_MS: '0',
    ...database.env,
  });
  const dataSource: DataSource = await openDatabase(config);
  const app = await NestFactory.create<NestExpressApplication>(
    ProbeAppModule.forRoot(AppModule.forRoot(config, dataSource)),
    { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    app,
    dataSource,
    config,
    graphql: async (query, variables) =>
      (await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json())) as never,
    async stop() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

async function staffToken(app: TestApp): Promise<string> {
  const body = await gql<{ demoLogin: { accessToken: string } }>(
    app,
    'mutation { demoLogin(persona: STAFF_SZ) { accessToken } }',
  );
  if (!body.data) throw new Error(body.raw);
  return body.data.demoLogin.accessToken;
}

describe('GraphQL subscriptions over graphql-ws', () => {
  let database: TestDatabase;
  let app: TestApp;
  const clients: WsTestClient[] = [];
  const client = (token?: string | null) => {
    const created = wsClient(app.url, token);
    clients.push(created);
    return created;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startProbeApp(database);
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('lets anyone subscribe to a PUBLIC subscription and delivers only the matching messages', async () => {
    const anonymous = client();
    const sub = anonymous.subscribe<{ probeHall: string }>(
      'subscription ($h: String!) { probeHall(hallCode: $h) }',
      { h: 'SZ-HALL' },
    );
    const pubsub = app.app.get(PubSub);
    // The subscription is registered once the server has the connection; publish until seen.
    const publisher = setInterval(() => {
      void pubsub.publish(PROBE, { hallCode: 'OTHER', text: 'not for you' });
      void pubsub.publish(PROBE, { hallCode: 'SZ-HALL', text: 'A012 请到 3 号窗口' });
    }, 50);
    try {
      const data = await sub.until(() => true);
      expect(data).toEqual({ probeHall: 'A012 请到 3 号窗口' });
    } finally {
      clearInterval(publisher);
    }
  });

  it('knows the caller from the connection_init token: @CurrentUser and @Access work', async () => {
    const citizen = await demoToken(app, 'CITIZEN_A');
    const me = await gql<{ me: { id: string } }>(app, '{ me { id } }', {}, citizen);
    const sub = client(citizen).subscribe('subscription { probeWhoAmI }');
    expect(await sub.next()).toEqual({
      kind: 'next',
      data: { probeWhoAmI: `CITIZEN:${me.data!.me.id}` },
    });

    // The same subscription: anonymous → UNAUTHENTICATED, staff → FORBIDDEN (as over HTTP).
    const anonymous = await client().subscribe('subscription { probeWhoAmI }').next();
    expect(outcomeOf(anonymous, 'probeWhoAmI')).toBe('UNAUTHENTICATED');
    const staff = await client(await staffToken(app))
      .subscribe('subscription { probeWhoAmI }')
      .next();
    expect(outcomeOf(staff, 'probeWhoAmI')).toBe('FORBIDDEN');
    expect(staff).toMatchObject({ kind: 'next', errors: [{ message: expect.any(String) }] });
    const staffHall = await client(await staffToken(app))
      .subscribe('subscription { probeStaff }')
      .next();
    expect(staffHall).toEqual({ kind: 'next', data: { probeStaff: 'SZ-HALL' } });
  });

  it('refuses a subscription without an @Access policy (deny by default)', async () => {
    const event = await client(await demoToken(app, 'CITIZEN_A'))
      .subscribe('subscription { probeWithoutPolicy }')
      .next();
    expect(outcomeOf(event, 'probeWithoutPolicy')).toBe('FORBIDDEN');
    expect(JSON.stringify(event)).not.toContain('leaked');
  });

  it('closes a connection with 4401 when connection_init carries a bad token', async () => {
    const event = await client('not-a-token').subscribe('subscription { probeWhoAmI }').next();
    expect(event).toMatchObject({ kind: 'closed', code: 4401 });
  });

  it('answers mistakes with the stable codes used over HTTP, and carries no queries', async () => {
    const anonymous = client();
    expect(outcomeOf(await anonymous.subscribe('subscription { probeHall(').next(), 'x')).toBe(
      'GRAPHQL_PARSE_FAILED',
    );
    expect(outcomeOf(await anonymous.subscribe('subscription { nope }').next(), 'x')).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(
      outcomeOf(
        await anonymous.subscribe('subscription ($h: String!) { probeHall(hallCode: $h) }').next(),
        'probeHall',
      ),
    ).toBe('BAD_USER_INPUT');
    const query = await anonymous.subscribe('{ probePing }').next();
    expect(outcomeOf(query, 'probePing')).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(query)).not.toContain('pong');
  });

  it('stops a connection whose session has ended: at the next subscribe and in the sweep', async () => {
    const login = await gql<{ demoLogin: { accessToken: string } }>(
      app,
      'mutation { demoLogin(persona: CITIZEN_B) { accessToken } }',
    );
    const token = login.data!.demoLogin.accessToken;
    const connected = client(token);
    const open = connected.subscribe('subscription { probeWhoAmI }');
    expect((await open.next()).kind).toBe('next');

    // Another connection of the same session, idle: the sweep closes it.
    const idle = client(token);
    const idleSub = idle.subscribe<{ probeHall: string }>(
      'subscription { probeHall(hallCode: "SZ-HALL") }',
    );
    const connections = app.app.get(WsConnections);
    await waitFor(() => connections.size >= 2);

    await gql(app, 'mutation { logout }', {}, token);
    const again = await connected.subscribe('subscription { probeWhoAmI }').next();
    expect(['UNAUTHENTICATED', 'CLOSED_4401']).toContain(outcomeOf(again, 'probeWhoAmI'));

    expect(await connections.sweep()).toBeGreaterThanOrEqual(1);
    expect(await idleSub.next()).toMatchObject({ kind: 'closed', code: 4401 });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (!condition()) throw new Error('condition not met');
}
