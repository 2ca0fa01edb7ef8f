#!/usr/bin/env node
// `npm start`: installs, builds and starts 市中好办事 — the approval-backend simulator (unless
// APPROVAL_BASE_URL points at a real backend), the BFF, and the H5 app it serves.
//   PORT (default 3000): H5 app at http://localhost:PORT/, GraphQL at /graphql
//   DATA_DIR (default ./data): where the SQLite database lives (unless DATABASE_URL is set)
//   --no-install / --no-build: skip those steps (the tests use these after building once)
import { join } from 'node:path';
import { ROOT, buildForStart, install, startProcess } from './lib.mjs';

const args = new Set(process.argv.slice(2));
if (!args.has('--no-install')) install();
if (!args.has('--no-build')) buildForStart();

const children = [];
function stopAll(code) {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function main() {
  const env = { ...process.env };
  env.PORT ??= '3000';
  env.DATA_DIR ??= join(ROOT, 'data');
  env.H5_DIST_DIR ??= join(ROOT, 'miniapp', 'dist-h5');

  if (!env.APPROVAL_BASE_URL) {
    const sim = startProcess(
      'approval-sim',
      join(ROOT, 'packages/approval-sim/dist/main.js'),
      ['--port', env.APPROVAL_SIM_PORT ?? '0'],
      env,
      /listening on (http:\/\/\S+)/,
    );
    children.push(sim.child);
    sim.child.stderr.pipe(process.stderr);
    const [, url] = await sim.ready;
    env.APPROVAL_BASE_URL = url;
    console.log(`approval backend simulator: ${url}`);
  }

  const bff = startProcess(
    'BFF',
    join(ROOT, 'bff/dist/main.js'),
    [],
    env,
    /"msg":"bff listening","port":(\d+)/,
  );
  children.push(bff.child);
  bff.child.stderr.pipe(process.stderr);
  const [, port] = await bff.ready;
  bff.child.stdout.pipe(process.stdout);
  console.log(
    `\n市中好办事 is running: http://localhost:${port}/  (GraphQL: http://localhost:${port}/graphql)\n`,
  );

  for (const child of children) {
    child.once('exit', (code) => {
      console.error(`a process exited (code ${code}); stopping`);
      stopAll(code ?? 1);
    });
  }
}

main().catch((error) => {
  console.error(error.message);
  stopAll(1);
});
