import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchema } from './render-schema';
import { GRAPHQL_RESOLVERS } from './resolvers';

const SCHEMA_FILE = join(__dirname, '..', '..', 'schema.gql');

/** Writes bff/schema.gql from the code-first resolvers; with --check, fails when the file is stale. */
async function main(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(GRAPHQL_RESOLVERS);
  await app.close();
  const rendered = renderSchema(schema);
  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== rendered) {
      process.stderr.write('bff/schema.gql is stale: run `pnpm codegen` and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write('bff/schema.gql is up to date.\n');
    return;
  }
  writeFileSync(SCHEMA_FILE, rendered);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
