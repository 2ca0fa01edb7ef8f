#!/usr/bin/env node
// `npm test`: the whole test suite, as CI runs it.
//   1. install (frozen lockfile) and build every package (H5 and weapp included);
//   2. static checks: prettier, eslint (no-floating-promises), TypeScript, the committed GraphQL
//      schema and generated client types are current, the weapp main package is within budget;
//   3. jest over all tiers: unit, integration (SQLite; MariaDB too when TEST_DATABASE_URL is
//      set) and end-to-end in headless Chromium.
// Services that are missing are reported loudly and their tests skipped — except with CI=true,
// where a missing service fails the run.
//   --no-install / --no-build: skip those steps;  arguments after -- go to jest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, install, pnpm } from './lib.mjs';

const argv = process.argv.slice(2);
const separator = argv.indexOf('--');
const flags = new Set(separator >= 0 ? argv.slice(0, separator) : argv);
const jestArgs = separator >= 0 ? argv.slice(separator + 1) : [];
const ci = process.env.CI === 'true';
const timings = [];
const step = (name, fn) => {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  fn();
  timings.push([name, Date.now() - started]);
};

if (!flags.has('--no-install')) step('install', install);
if (!flags.has('--no-build')) {
  step('build packages', () =>
    pnpm(['-r', '--filter', '!@shizhong/miniapp', '--filter', '!@shizhong/test', 'build']),
  );
  step('build H5', () => pnpm(['--filter', '@shizhong/miniapp', 'build:h5']));
  step('build weapp', () => pnpm(['--filter', '@shizhong/miniapp', 'build:weapp']));
}
step('weapp size budget', () => pnpm(['--filter', '@shizhong/miniapp', 'size']));
step('prettier', () => pnpm(['exec', 'prettier', '--check', '.', '--log-level', 'warn']));
step('eslint', () => pnpm(['exec', 'eslint', '.', '--max-warnings', '0']));
step('typecheck', () => pnpm(['-r', '--workspace-concurrency', '1', 'typecheck']));
step('GraphQL schema is current', () => pnpm(['--filter', '@shizhong/bff', 'schema:check']));
step('client types are current', () => pnpm(['--filter', '@shizhong/miniapp', 'codegen:check']));

const loud = (line) => console.warn(`\n⚠️  ${line}\n`);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `Chromium not found at ${chromium}: browser tests cannot run (apt-get install -y chromium fonts-noto-cjk).`;
  if (ci) {
    console.error(`✖ ${message}`);
    process.exit(1);
  }
  loud(`SKIPPING browser tests — ${message}`);
}
if (process.env.TEST_DATABASE_URL) {
  console.log(
    `\nIntegration tests run on MariaDB/MySQL: ${process.env.TEST_DATABASE_URL.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`,
  );
} else {
  loud(
    'Integration tests run on SQLite only. Set TEST_DATABASE_URL=mysql://root@127.0.0.1:3306/test to run them on MariaDB too (.ci/run does both).',
  );
}

if (!process.env.TEST_REDIS_URL) {
  const message =
    'Redis tests (limits shared across instances; the multi-instance tests, which also need MariaDB) need TEST_REDIS_URL=redis://127.0.0.1:6379.';
  if (ci) {
    console.error(`✖ ${message}`);
    process.exit(1);
  }
  loud(`SKIPPING Redis tests — ${message}`);
}

mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const resultsFile = join(ROOT, '.tmp', 'jest-results.json');
rmSync(resultsFile, { force: true });
let jestStatus = 1;
step('jest (unit, integration, e2e)', () => {
  const jest = join(ROOT, 'node_modules/jest/bin/jest.js');
  const result = spawnSync(
    process.execPath,
    [jest, '--maxWorkers=2', '--json', `--outputFile=${resultsFile}`, ...jestArgs],
    { cwd: ROOT, stdio: 'inherit' },
  );
  jestStatus = result.status ?? 1;
});

console.log('\nTimings:');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(28)} ${(ms / 1000).toFixed(1)} s`);
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  console.log(
    `\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`,
  );
}
process.exit(jestStatus === 0 ? 0 : 1);
