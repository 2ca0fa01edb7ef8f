import 'reflect-metadata';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppErrorFilter } from './common/errors/app-error.filter';
import { AppError } from './common/errors/app.error';
import { requestContextMiddleware } from './common/request-context/request-context';
import type { AppConfig } from './config/app-config';

function firstConstraintMessage(errors: ValidationError[]): string | undefined {
  for (const error of errors) {
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return message;
    const nested = firstConstraintMessage(error.children ?? []);
    if (nested) return nested;
  }
  return undefined;
}

/** Builds the whole BFF on an open, migrated database; used by main.ts and by the tests. */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config, dataSource),
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContextMiddleware);
  app.useGlobalFilters(new AppErrorFilter());
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      exceptionFactory: (errors) => {
        const field = errors[0]?.property;
        return new AppError(
          'BAD_USER_INPUT',
          firstConstraintMessage(errors),
          field ? { field } : {},
        );
      },
    }),
  );
  if (config.H5_DIST_DIR && existsSync(config.H5_DIST_DIR)) {
    app.useStaticAssets(config.H5_DIST_DIR, {
      index: 'index.html',
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    });
  }
  app.enableShutdownHooks();
  return app;
}
