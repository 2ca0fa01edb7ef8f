#!/usr/bin/env node
// Benchmarks of the built app: `pnpm bench <name>` (`node scripts/bench.mjs <name>`).
//   search  GraphQL searchCatalogue at fixed concurrency, against a bare node:http server that
//           returns the same JSON payloads; then the BFF at a fixed rate of 500 requests/s.
// Builds nothing: build first with `pnpm build` (or `pnpm --filter @shizhong/domain --filter
// @shizhong/approval-sim --filter @shizhong/bff build`). Starts its own simulator and BFF on a fresh
// temporary SQLite database, and stops every process it started at the end.
// Settings: BENCH_CONNECTIONS (50), BENCH_DURATION seconds (10), BENCH_RATE requests/s (500).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, exists, startProcess } from './lib.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 500);

const children = [];
const cleanups = [];

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  for (const cleanup of cleanups.splice(0)) cleanup();
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

async function loadAutocannon() {
  try {
    return (await import('autocannon')).default;
  } catch {
    console.error('autocannon is missing: run `pnpm install` first.');
    process.exit(1);
  }
}

function requireBuilt(paths) {
  const missing = paths.filter((path) => !exists(path));
  if (missing.length === 0) return;
  console.error(`Not built: ${missing.join(', ')}`);
  console.error(
    'Build first: pnpm --filter @shizhong/domain --filter @shizhong/approval-sim --filter @shizhong/bff build',
  );
  process.exit(1);
}

/** Starts the simulator and the BFF (fresh SQLite in a temporary DATA_DIR, LOG_LEVEL=warn). */
async function startApp() {
  requireBuilt(['packages/approval-sim/dist/main.js', 'bff/dist/main.js']);
  const dataDir = mkdtempSync(join(tmpdir(), 'shizhong-bench-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: '0',
    // Throw-away secrets for this run: production mode requires them.
    PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    SESSION_SECRET: randomBytes(32).toString('hex'),
  };
  env.DATA_DIR = dataDir;
  delete env.DATABASE_URL;
  delete env.H5_DIST_DIR;
  const sim = startProcess(
    'approval-sim',
    join(ROOT, 'packages/approval-sim/dist/main.js'),
    ['--port', '0'],
    env,
    /listening on (http:\/\/\S+)/,
  );
  children.push(sim.child);
  sim.child.stderr.pipe(process.stderr);
  const [, simUrl] = await sim.ready;
  const bff = startProcess(
    'BFF',
    join(ROOT, 'bff/dist/main.js'),
    [],
    { ...env, APPROVAL_BASE_URL: simUrl },
    /"msg":"bff listening","port":(\d+)/,
  );
  children.push(bff.child);
  bff.child.stderr.pipe(process.stderr);
  const [, port] = await bff.ready;
  return `http://127.0.0.1:${port}`;
}

/** A bare node:http server answering each request with a canned payload keyed by the body. */
async function startBareServer(payloadFile) {
  const bare = startProcess(
    'bare server',
    join(ROOT, 'scripts/bench.mjs'),
    ['bare-server', payloadFile],
    process.env,
    /bare listening on (http:\/\/\S+)/,
  );
  children.push(bare.child);
  bare.child.stderr.pipe(process.stderr);
  const [, url] = await bare.ready;
  return { url };
}

/** The child process behind startBareServer: parse the JSON body, answer the stored payload. */
function runBareServer(payloadFile) {
  const payloads = new Map(Object.entries(JSON.parse(readFileSync(payloadFile, 'utf8'))));
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      let payload;
      try {
        payload = payloads.get(JSON.parse(Buffer.concat(chunks).toString()).variables.query);
      } catch {
        payload = undefined;
      }
      res.writeHead(payload ? 200 : 400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(payload ?? '{"errors":[{"message":"unknown query"}]}');
    });
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(`bare listening on http://127.0.0.1:${server.address().port}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

function summary(label, result) {
  return {
    label,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function printTable(rows) {
  console.log('\n| run | p50 ms | p99 ms | requests/s | requests | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows)
    console.log(
      `| ${row.label} | ${row.p50} | ${row.p99} | ${row.rps} | ${row.total} | ${row.errors} |`,
    );
}

const SEARCH_QUERY = `query Search($query: String!, $limit: Int) {
  searchCatalogue(query: $query, limit: $limit) {
    query totalCount hotFallback
    hits { kind code name departmentName match }
    freshness { syncedAt stale ageSeconds }
  }
}`;
/** Realistic queries: Chinese, synonyms, full pinyin, initials, a typo, a material. */
const SEARCH_TERMS = [
  '营业执照',
  '公积金',
  'kfd',
  'kaifandian',
  '餐馆',
  '我要开饭点',
  '身份证',
  'shebao',
];

async function benchSearch() {
  const autocannon = await loadAutocannon();
  const bffUrl = await startApp();
  const body = (query) => JSON.stringify({ query: SEARCH_QUERY, variables: { query, limit: 20 } });

  // The payloads the bare server will return: exactly what the BFF answers (also a warm-up).
  const payloads = {};
  for (const term of SEARCH_TERMS) {
    const response = await fetch(`${bffUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(term),
    });
    const text = await response.text();
    const parsed = JSON.parse(text);
    if (parsed.errors) throw new Error(`search ${term} failed: ${text}`);
    payloads[term] = text;
    console.log(`  ${term}: ${parsed.data.searchCatalogue.totalCount} hits`);
  }
  const payloadFile = join(mkdtempSync(join(tmpdir(), 'shizhong-bench-payload-')), 'payloads.json');
  writeFileSync(payloadFile, JSON.stringify(payloads));
  cleanups.push(() => rmSync(join(payloadFile, '..'), { recursive: true, force: true }));
  const bare = await startBareServer(payloadFile);

  const requests = SEARCH_TERMS.map((term) => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: body(term),
  }));
  const run = (url, options) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests, ...options });

  console.log(`\nwarming up the BFF (3 s)…`);
  await run(bffUrl, { duration: 3 });
  console.log(`BFF: ${CONNECTIONS} connections, ${DURATION} s…`);
  const bffResult = summary(`BFF GraphQL search, ${CONNECTIONS} connections`, await run(bffUrl));
  console.log(`bare node:http: ${CONNECTIONS} connections, ${DURATION} s…`);
  await run(bare.url, { duration: 3 });
  const bareResult = summary(`bare node:http, ${CONNECTIONS} connections`, await run(bare.url));
  console.log(`BFF at a fixed ${RATE} requests/s, ${DURATION} s…`);
  const rateResult = summary(
    `BFF GraphQL search, fixed ${RATE} req/s`,
    await run(bffUrl, { overallRate: RATE }),
  );

  printTable([bffResult, bareResult, rateResult]);
  const ratio = bffResult.rps / bareResult.rps;
  console.log(
    `\nthroughput BFF/bare: ${(ratio * 100).toFixed(1)} % (goal ≥ 50 %); ` +
      `p99 at ${RATE} req/s: ${rateResult.p99} ms (goal ≤ 15 ms)`,
  );
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
}

const BENCHES = { search: benchSearch };

async function main() {
  const [name, ...args] = process.argv.slice(2);
  if (name === 'bare-server') return runBareServer(args[0]);
  const bench = BENCHES[name];
  if (!bench) {
    console.error(`usage: pnpm bench <${Object.keys(BENCHES).join('|')}>`);
    process.exit(2);
  }
  try {
    await bench();
  } finally {
    stopAll();
  }
}

main().catch((error) => {
  console.error(error.message);
  stopAll();
  process.exit(1);
});
