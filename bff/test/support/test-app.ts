import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { openDatabase } from '../../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  url: string;
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** Sends a GraphQL operation and returns the parsed response body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlBody<T>>;
  /** Stops the app; the database stays (pass it to the next startTestApp to test restarts). */
  stop(): Promise<void>;
}

export interface GraphqlBody<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/** Starts the real BFF on a random port over a real database, as main.ts does. */
export async function startTestApp(options: {
  database: TestDatabase;
  env?: Record<string, string>;
}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    APPROVAL_TIMEOUT_MS: '1000',
    ...options.database.env,
    ...options.env,
  });
  const dataSource = await openDatabase(config);
  const app = await createApp(config, dataSource);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    app,
    dataSource,
    config,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlBody<T>;
    },
    async stop() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

export { createTestDatabase };
