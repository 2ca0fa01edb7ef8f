#!/usr/bin/env node
// Benchmarks of the built app: `pnpm bench <name>` (`node scripts/bench.mjs <name>`).
//   search  GraphQL searchCatalogue at fixed concurrency, against a bare node:http server that
//           returns the same JSON payloads; then the BFF at a fixed rate of 500 requests/s.
//   booking 2,000 concurrent clients race for one released day (200 places) through GraphQL on a
//           fresh MariaDB database; then the same race as a raw mysql2 loop (conditional UPDATE +
//           INSERT) for the database's own limit. BENCH_DATABASE_URL (mysql://root@127.0.0.1:3306/
//           bench_booking), BENCH_CLIENTS (2000), BENCH_PLACES (200), BENCH_ROUNDS (3, at most 3).
//   queue   Two BFF instances on a fresh MariaDB database (BENCH_DATABASE_URL, default …/bench_queue)
//           and one Redis (BENCH_REDIS_URL, redis://127.0.0.1:6379), with the test clock at a
//           working-day 09:00 (NODE_ENV=test: the clock is refused in production). BENCH_CITIZENS
//           (1000) citizens take a ticket at once, half through each instance (the first
//           BENCH_SUBSCRIBERS in A, the rest in B, C, D) → takes/s, numbering checked for gaps and
//           duplicates in the answers and the table; then BENCH_SUBSCRIBERS (500) graphql-ws
//           clients, alternately on each instance, watch their own A ticket (one in ten also the
//           display board) while windows 1 and 2 call BENCH_CALLS (200) times, each call awaited
//           until its subscriber has it → latency from sending callNextTicket to the subscriber
//           receiving CALLED, p50/p99, measured in this one process.
// Builds nothing: build first with `pnpm build` (or `pnpm --filter @shizhong/domain --filter
// @shizhong/approval-sim --filter @shizhong/bff build`). Starts its own simulator and BFF(s) on a
// fresh temporary SQLite database or a fresh MariaDB database, and stops every process it started
// at the end.
// Settings: BENCH_CONNECTIONS (50), BENCH_DURATION seconds (10), BENCH_RATE requests/s (500).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, Agent as HttpAgent } from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
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

/**
 * Starts the simulator and the BFF (fresh SQLite in a temporary DATA_DIR, LOG_LEVEL=warn), or on
 * `options.databaseUrl` (MySQL/MariaDB) with `options.env` added.
 */
async function startApp(options = {}) {
  const [url] = await startApps({ ...options, instances: 1 });
  return url;
}

/**
 * Starts the simulator and `options.instances` BFF processes with the same environment and the
 * same throw-away secrets (a token one signs is accepted by the others, as behind a load
 * balancer); returns their URLs. Several instances need a shared database (`databaseUrl`).
 */
async function startApps(options) {
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
  delete env.REDIS_URL;
  delete env.H5_DIST_DIR;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  Object.assign(env, options.env ?? {});
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
  // Started together: on MySQL a named lock makes the first one migrate the fresh database.
  return Promise.all(
    Array.from({ length: options.instances }, async (_, i) => {
      const bff = startProcess(
        options.instances > 1 ? `BFF ${i + 1}` : 'BFF',
        join(ROOT, 'bff/dist/main.js'),
        [],
        { ...env, APPROVAL_BASE_URL: simUrl },
        /"msg":"bff listening","port":(\d+)/,
      );
      children.push(bff.child);
      bff.child.stderr.pipe(process.stderr);
      const [, port] = await bff.ready;
      return `http://127.0.0.1:${port}`;
    }),
  );
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

// ── booking: the rush at release time ───────────────────────────────────────────────────────

const BOOKING_CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2000);
const BOOKING_PLACES = Number(process.env.BENCH_PLACES ?? 200);
const BOOKING_ROUNDS = Math.min(3, Number(process.env.BENCH_ROUNDS ?? 3));
/** One category per round: a citizen may hold one booking per category and day, 3 in all. */
const ROUND_CATEGORIES = ['A', 'B', 'C'];
/** The BFF's own pool size (bff/src/database/data-source.ts): the raw loop gets the same. */
const POOL_SIZE = 20;

const BOOK_MUTATION = `mutation Book($i: BookAppointmentInput!) {
  bookAppointment(input: $i) { replayed appointment { id } }
}`;
const SLOTS_QUERY = `query Slots($c: String!, $d: String!) {
  bookingSlots(hallCode: "SZ-HALL", categoryCode: $c, date: $d) { slots { id remaining state } }
}`;

/** GB 11643: the ID number of person `n` (valid check character, distinct for n < 16 800). */
function benchPerson(n) {
  const year = 1950 + (n % 50);
  const month = String(1 + (Math.floor(n / 50) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 600) % 28)).padStart(2, '0');
  const first17 = `370103${year}${month}${day}${String(n % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = '建华秀英明远桂兰立新志强丽娟海燕国庆玉梅晓东春';
  return {
    name: `${surnames[n % 20]}${given[Math.floor(n / 20) % 20]}${given[Math.floor(n / 400) % 20]}`,
    idNumber: first17 + '10X98765432'[sum % 11],
  };
}

/** Connection failures after which a request is sent again (a keep-alive socket the server closed). */
const RESENDABLE = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EBADBODY'];

/** A GraphQL client over node:http with one keep-alive socket per concurrent client. */
function graphqlClient(baseUrl, sockets) {
  const url = new URL('/graphql', baseUrl);
  const agent = new HttpAgent({ keepAlive: true, maxSockets: sockets });
  return {
    agent,
    call(query, variables, token) {
      const body = JSON.stringify({ query, variables });
      return new Promise((resolve, reject) => {
        const req = httpRequest(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
          },
          (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString();
              try {
                resolve(JSON.parse(text));
              } catch {
                reject(
                  Object.assign(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 80)}`), {
                    code: 'EBADBODY',
                  }),
                );
              }
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    /**
     * `call`, sent again (the same body, so the same idempotency key) when the connection fails:
     * 2,000 connections opened at once overflow the server's accept queue on a small machine.
     */
    async callWithRetry(query, variables, token, retries) {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await this.call(query, variables, token);
        } catch (error) {
          if (attempt >= 5 || !RESENDABLE.includes(error.code)) {
            throw error;
          }
          retries.count += 1;
          await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
        }
      }
    },
  };
}

const codeOfBody = (body) => body.errors?.[0]?.extensions?.code ?? (body.data ? 'OK' : 'NO_DATA');

/**
 * `count` citizens with tokens, through the API as the app makes them: WeChat login (fake
 * adapter) and real name, 50 at a time, citizen i through `clients[i % clients.length]`.
 */
async function createCitizens(clients, count, codePrefix) {
  console.log(`creating ${count} citizens with tokens…`);
  const madeAt = performance.now();
  const tokens = new Array(count);
  const retries = { count: 0 };
  await inParallel(count, 50, async (i) => {
    const client = clients[i % clients.length];
    // Both are safe to send again after a reset connection: the same code is the same account,
    // the same real name is stored again.
    const login = await client.callWithRetry(
      'mutation ($c: String!) { loginWithWechat(code: $c) { accessToken } }',
      { c: `${codePrefix}-${i}` },
      undefined,
      retries,
    );
    const token = login.data?.loginWithWechat.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(login)}`);
    const named = await client.callWithRetry(
      'mutation ($i: RealNameInput!) { submitRealName(input: $i) { id } }',
      { i: benchPerson(i) },
      token,
      retries,
    );
    if (named.errors) throw new Error(`real name failed: ${JSON.stringify(named.errors)}`);
    tokens[i] = token;
  });
  console.log(
    `  done in ${((performance.now() - madeAt) / 1000).toFixed(1)} s (${retries.count} re-sent after a reset connection)`,
  );
  return tokens;
}

async function inParallel(count, parallel, work) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await work(i);
      }
    }),
  );
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One race: every client books a random slot with places; on SLOT_FULL it re-reads the slots (as
 * the page does) and tries another one; it stops when booked or when no slot has places.
 * `attempt(client, slotId)` books; `available()` lists the slots with places left.
 */
async function race(clients, initialSlots, attempt, available) {
  const latencies = [];
  const outcomes = {};
  let reads = 0;
  let lastSuccess = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      let open = initialSlots;
      for (;;) {
        if (open.length === 0) return;
        const slotId = open[Math.floor(Math.random() * open.length)];
        const t = performance.now();
        const outcome = await attempt(client, slotId);
        const done = performance.now();
        latencies.push(done - t);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        if (outcome === 'OK') {
          lastSuccess = Math.max(lastSuccess, done);
          return;
        }
        if (outcome !== 'SLOT_FULL') return;
        reads += 1;
        open = await available();
      }
    }),
  );
  const finished = performance.now();
  latencies.sort((a, b) => a - b);
  const booked = outcomes.OK ?? 0;
  const fillSeconds = (lastSuccess - started) / 1000;
  return {
    booked,
    outcomes,
    requests: latencies.length,
    reads,
    fillSeconds,
    totalSeconds: (finished - started) / 1000,
    bookingsPerSecond: booked / fillSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/**
 * Places booked beyond capacity, counted from the rows (the counter itself cannot exceed it: a
 * CHECK constraint), and any difference between a slot's counter and its rows.
 */
async function overbooked(pool, slotIds) {
  const [rows] = await pool.query(
    `SELECT s.id, s.capacity, s.booked, COUNT(a.id) AS n FROM appointment_slot s
       LEFT JOIN appointment a ON a.slot_id = s.id AND a.status <> 'CANCELLED'
      WHERE s.id IN (?) GROUP BY s.id, s.capacity, s.booked`,
    [slotIds],
  );
  let over = 0;
  let drift = 0;
  for (const row of rows) {
    over += Math.max(0, Number(row.n) - row.capacity);
    drift += Math.abs(Number(row.n) - row.booked);
  }
  return { over, drift };
}

/**
 * A fresh database `<name>_<random>` on the server of BENCH_DATABASE_URL (default
 * mysql://root@127.0.0.1:3306/<defaultName>), dropped when the bench stops.
 */
async function freshBenchDatabase(defaultName) {
  const mysql = createRequire(join(ROOT, 'bff/package.json'))('mysql2/promise');
  const serverUrl = new URL(
    (process.env.BENCH_DATABASE_URL ?? `mysql://root@127.0.0.1:3306/${defaultName}`).replace(
      /^mariadb:/,
      'mysql:',
    ),
  );
  const base = serverUrl.pathname.replace(/^\//, '') || defaultName;
  const dbName = `${base}_${randomBytes(4).toString('hex')}`.slice(0, 60);
  const server = new URL(serverUrl);
  server.pathname = '/';
  const admin = await mysql.createConnection({ uri: server.toString() });
  await admin.query(
    `CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  cleanups.push(() => {
    void admin
      .query(`DROP DATABASE IF EXISTS \`${dbName}\``)
      .then(() => admin.end())
      .catch(() => admin.destroy());
  });
  const dbUrl = new URL(server);
  dbUrl.pathname = `/${dbName}`;
  console.log(`fresh database ${dbName}`);
  return { mysql, dbName, dbUrl };
}

async function benchBooking() {
  const { mysql, dbName, dbUrl } = await freshBenchDatabase('bench_booking');
  const bffUrl = await startApp({
    databaseUrl: dbUrl.toString(),
    env: {
      AUTH_RATE_LIMIT_PER_IP: '100000000',
      AUTH_RATE_LIMIT_PER_SUBJECT: '100000000',
    },
  });
  const client = graphqlClient(bffUrl, BOOKING_CLIENTS);
  const pool = mysql.createPool({
    uri: dbUrl.toString(),
    connectionLimit: POOL_SIZE,
    timezone: 'Z',
    dateStrings: false,
  });
  cleanups.push(() => {
    client.agent.destroy();
    void pool.end().catch(() => undefined);
  });

  // The day: the first released day after today, with its slots made by a read.
  const shanghaiToday = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const calendar = await client.call(
    `query ($f: String!) { bookingCalendar(hallCode: "SZ-HALL", categoryCode: "A", from: $f, days: 31) { today days { date state } } }`,
    { f: shanghaiToday },
  );
  const today = calendar.data?.bookingCalendar.today;
  const day = calendar.data?.bookingCalendar.days.find((d) => d.state === 'OPEN' && d.date > today);
  if (!day) throw new Error(`no released day after today: ${JSON.stringify(calendar)}`);
  const roundSlots = [];
  for (const category of ROUND_CATEGORIES.slice(0, BOOKING_ROUNDS)) {
    const body = await client.call(SLOTS_QUERY, { c: category, d: day.date });
    const ids = body.data.bookingSlots.slots
      .filter((s) => s.state === 'AVAILABLE')
      .map((s) => s.id);
    // BOOKING_PLACES places over the day's slots (e.g. 200 = 4 × 15 + 10 × 14).
    const each = Math.floor(BOOKING_PLACES / ids.length);
    for (const [i, id] of ids.entries()) {
      const capacity = each + (i < BOOKING_PLACES % ids.length ? 1 : 0);
      await pool.query('UPDATE appointment_slot SET capacity = ? WHERE id = ?', [capacity, id]);
    }
    roundSlots.push({ category, ids });
  }
  console.log(
    `day ${day.date}: ${BOOKING_ROUNDS} round(s) of ${BOOKING_PLACES} places in ` +
      `${roundSlots[0].ids.length} slots (categories ${roundSlots.map((r) => r.category).join(', ')})`,
  );

  const tokens = await createCitizens([client], BOOKING_CLIENTS, `bench-${dbName}`);

  const results = [];
  for (const [round, { category, ids }] of roundSlots.entries()) {
    // Through the BFF.
    const retries = { count: 0 };
    const bff = await race(
      BOOKING_CLIENTS,
      ids,
      async (i, slotId) =>
        codeOfBody(
          await client.callWithRetry(
            BOOK_MUTATION,
            {
              i: {
                slotId,
                categoryCode: category,
                idempotencyKey: randomBytes(12).toString('hex'),
              },
            },
            tokens[i],
            retries,
          ),
        ),
      async () => {
        const body = await client.callWithRetry(
          SLOTS_QUERY,
          { c: category, d: day.date },
          undefined,
          retries,
        );
        return (body.data?.bookingSlots.slots ?? [])
          .filter((s) => s.remaining > 0)
          .map((s) => s.id);
      },
    );
    const bffCheck = await overbooked(pool, ids);

    // The raw database limit: the same race as BEGIN; conditional UPDATE; INSERT; COMMIT.
    await pool.query('DELETE FROM outbox');
    await pool.query('DELETE FROM appointment WHERE slot_id IN (?)', [ids]);
    await pool.query('UPDATE appointment_slot SET booked = 0, version = 0 WHERE id IN (?)', [ids]);
    const [slotRows] = await pool.query(
      'SELECT id, hall_code, start_time, end_time FROM appointment_slot WHERE id IN (?)',
      [ids],
    );
    const slotsById = new Map(slotRows.map((slot) => [slot.id, slot]));
    const raw = await race(
      BOOKING_CLIENTS,
      ids,
      async (i, slotId) => {
        const connection = await pool.getConnection();
        try {
          await connection.beginTransaction();
          const [update] = await connection.query(
            "UPDATE appointment_slot SET booked = booked + 1, version = version + 1 WHERE id = ? AND status = 'OPEN' AND booked < capacity",
            [slotId],
          );
          if (update.affectedRows !== 1) {
            await connection.rollback();
            return 'SLOT_FULL';
          }
          const id = randomBytes(16).toString('hex');
          const slot = slotsById.get(slotId);
          await connection.query(
            `INSERT INTO appointment (id, hall_code, category_code, slot_id, date, start_time, end_time,
               starts_at, ends_at, status, active_key, actor_user_id, actor_name_enc, family_member_id,
               relation, subject_user_id, subject_id_number_hash, subject_name_enc,
               subject_id_number_enc, subject_phone_enc, idempotency_key, request_hash,
               check_in_code, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, 'raw', NULL, NULL, NULL, ?, 'raw',
               'raw', NULL, ?, 'raw', ?, ?)`,
            [
              id,
              slot.hall_code,
              category,
              slotId,
              day.date,
              slot.start_time,
              slot.end_time,
              new Date(`${day.date}T${slot.start_time}:00+08:00`),
              new Date(`${day.date}T${slot.end_time}:00+08:00`),
              `raw-${i}|${category}|${day.date}`,
              `raw-${i}`,
              `raw-${i}`,
              id.slice(0, 32),
              id.slice(0, 12).toUpperCase(),
              new Date(),
            ],
          );
          await connection.commit();
          return 'OK';
        } catch (error) {
          await connection.rollback().catch(() => undefined);
          return error.code ?? 'ERROR';
        } finally {
          connection.release();
        }
      },
      async () => {
        const [rows] = await pool.query(
          'SELECT id FROM appointment_slot WHERE id IN (?) AND booked < capacity',
          [ids],
        );
        return rows.map((row) => row.id);
      },
    );
    const rawCheck = await overbooked(pool, ids);
    results.push({ round: round + 1, category, bff, bffCheck, raw, rawCheck });
    console.log(
      `round ${round + 1} (${category}): BFF ${bff.booked} booked in ${bff.fillSeconds.toFixed(2)} s ` +
        `(${JSON.stringify(bff.outcomes)}, ${retries.count} re-sent after a reset connection), overbooked ${bffCheck.over}, drift ${bffCheck.drift}; raw ${raw.booked} in ` +
        `${raw.fillSeconds.toFixed(2)} s, overbooked ${rawCheck.over}, drift ${rawCheck.drift}`,
    );
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const row = (label, pick, check) => {
    const rates = results.map((r) => pick(r).bookingsPerSecond);
    return {
      label,
      rate: median(rates),
      rates,
      p50: median(results.map((r) => pick(r).p50)),
      p99: median(results.map((r) => pick(r).p99)),
      requests: median(results.map((r) => pick(r).requests)),
      fill: median(results.map((r) => pick(r).fillSeconds)),
      // Every answer (bookings and slot re-reads) per second over the whole race.
      answers: median(
        results.map((r) => (pick(r).requests + pick(r).reads) / pick(r).totalSeconds),
      ),
      over: results.reduce((sum, r) => sum + check(r).over + check(r).drift, 0),
      booked: results.reduce((sum, r) => sum + pick(r).booked, 0),
    };
  };
  const bffRow = row(
    `BFF GraphQL bookAppointment, ${BOOKING_CLIENTS} clients`,
    (r) => r.bff,
    (r) => r.bffCheck,
  );
  const rawRow = row(
    `raw mysql2 UPDATE + INSERT, ${BOOKING_CLIENTS} clients, pool ${POOL_SIZE}`,
    (r) => r.raw,
    (r) => r.rawCheck,
  );
  console.log(
    '\n| run | bookings/s (median) | per round | fill s | answers/s | p50 ms | p99 ms | booking requests | booked | overbooked |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of [bffRow, rawRow]) {
    console.log(
      `| ${r.label} | ${Math.round(r.rate)} | ${r.rates.map((x) => Math.round(x)).join(' / ')} | ` +
        `${r.fill.toFixed(2)} | ${Math.round(r.answers)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.requests} | ${r.booked} | ${r.over} |`,
    );
  }
  console.log(
    `\nBFF/raw: ${((bffRow.rate / rawRow.rate) * 100).toFixed(1)} % of the raw database limit ` +
      `(goal ≥ 50 %); overbooked: ${bffRow.over} (must be 0)`,
  );
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  if (bffRow.over !== 0 || rawRow.over !== 0) process.exitCode = 1;
}

// ── queue: takes across two instances, and call → subscriber latency ────────────────────────

const QUEUE_CITIZENS = Number(process.env.BENCH_CITIZENS ?? 1000);
const QUEUE_SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const QUEUE_CALLS = Number(process.env.BENCH_CALLS ?? 200);
/** The subscribers' tickets are in A (called by windows 1 and 2); the others in B, C, D. */
const QUEUE_OTHER_CATEGORIES = ['B', 'C', 'D'];
/** Monday 2026-09-28, 09:00 in Shanghai: office hours on a working day (each instance's test clock). */
const QUEUE_NOW = '2026-09-28T09:00:00+08:00';
const QUEUE_WINDOWS = ['SZ-HALL-W001', 'SZ-HALL-W002'];
const QUEUE_DELIVERY_TIMEOUT_MS = 10_000;

const TAKE_MUTATION = `mutation Take($i: TakeQueueTicketInput!) {
  takeQueueTicket(input: $i) { id number categoryCode }
}`;

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}

/** The numbers of one category that are missing or repeated among `numbers` (expected 1…n). */
function numberingFaults(numbers) {
  const serials = numbers.map((number) => Number(number.slice(1)));
  const seen = new Set(serials);
  const duplicates = serials.length - seen.size;
  let gaps = 0;
  for (let serial = 1; serial <= Math.max(0, ...serials); serial += 1) {
    if (!seen.has(serial)) gaps += 1;
  }
  return { duplicates, gaps };
}

async function benchQueue() {
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new URL(redisUrl);
  if (!(await reachable(redis.hostname, Number(redis.port || 6379)))) {
    console.error(
      `Redis is not reachable at ${redisUrl} (BENCH_REDIS_URL): the queue bench needs it.`,
    );
    process.exit(1);
  }
  const requireFromBff = createRequire(join(ROOT, 'bff/package.json'));
  const { createClient } = requireFromBff('graphql-ws');
  const WebSocket = requireFromBff('ws');
  const { dbName, dbUrl, mysql } = await freshBenchDatabase('bench_queue');
  const urls = await startApps({
    instances: 2,
    databaseUrl: dbUrl.toString(),
    env: {
      // Tickets are taken in office hours only: the test clock (refused in production).
      NODE_ENV: 'test',
      TEST_CLOCK_ALLOWED: '1',
      REDIS_URL: redisUrl,
      AUTH_RATE_LIMIT_PER_IP: '100000000',
      AUTH_RATE_LIMIT_PER_SUBJECT: '100000000',
    },
  });
  console.log(`two BFF instances: ${urls.join(', ')}; Redis ${redisUrl}`);
  const clients = urls.map((url) => graphqlClient(url, QUEUE_CITIZENS));
  const pool = mysql.createPool({ uri: dbUrl.toString(), connectionLimit: 4 });
  const sockets = [];
  cleanups.push(() => {
    for (const socket of sockets) void socket.dispose();
    for (const client of clients) client.agent.destroy();
    void pool.end().catch(() => undefined);
  });
  const data = async (client, query, variables, token) => {
    const body = await client.call(query, variables, token);
    if (!body.data || body.errors)
      throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  for (const client of clients) {
    await data(client, 'mutation ($at: String) { setTestClock(at: $at) { shanghai } }', {
      at: QUEUE_NOW,
    });
  }
  const { mainHall } = await data(clients[0], '{ mainHall { code latitude longitude } }');
  const tokens = await createCitizens(clients, QUEUE_CITIZENS, `bench-${dbName}`);

  // 1. Takes: every citizen at once, citizen i through instance i % 2.
  const categoryOf = (i) =>
    i < QUEUE_SUBSCRIBERS ? 'A' : QUEUE_OTHER_CATEGORIES[i % QUEUE_OTHER_CATEGORIES.length];
  console.log(`\n${QUEUE_CITIZENS} takes at once over both instances…`);
  const retries = { count: 0 };
  const takeLatencies = [];
  const tickets = new Array(QUEUE_CITIZENS);
  const outcomes = {};
  const takesStarted = performance.now();
  await Promise.all(
    tokens.map(async (token, i) => {
      const t = performance.now();
      const body = await clients[i % 2].callWithRetry(
        TAKE_MUTATION,
        {
          i: {
            hallCode: mainHall.code,
            categoryCode: categoryOf(i),
            latitude: mainHall.latitude,
            longitude: mainHall.longitude,
            idempotencyKey: randomBytes(12).toString('hex'),
          },
        },
        token,
        retries,
      );
      takeLatencies.push(performance.now() - t);
      const outcome = codeOfBody(body);
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 'OK') tickets[i] = body.data.takeQueueTicket;
    }),
  );
  const takesSeconds = (performance.now() - takesStarted) / 1000;
  takeLatencies.sort((a, b) => a - b);
  const taken = tickets.filter(Boolean);
  const categories = ['A', ...QUEUE_OTHER_CATEGORIES];
  let faults = 0;
  for (const category of categories) {
    const answered = numberingFaults(
      taken.filter((t) => t.categoryCode === category).map((t) => t.number),
    );
    const [rows] = await pool.query(
      'SELECT number FROM queue_ticket WHERE hall_code = ? AND serial_category_code = ?',
      [mainHall.code, category],
    );
    const stored = numberingFaults(rows.map((row) => row.number));
    faults += answered.duplicates + answered.gaps + stored.duplicates + stored.gaps;
    console.log(
      `  ${category}: ${rows.length} tickets; answers: ${answered.duplicates} duplicates, ${answered.gaps} gaps; table: ${stored.duplicates} duplicates, ${stored.gaps} gaps`,
    );
  }
  const takesRow = {
    taken: taken.length,
    seconds: takesSeconds,
    rate: taken.length / takesSeconds,
    p50: percentile(takeLatencies, 50),
    p99: percentile(takeLatencies, 99),
  };
  console.log(
    `  ${taken.length} taken in ${takesSeconds.toFixed(2)} s (${JSON.stringify(outcomes)}, ${retries.count} re-sent after a reset connection)`,
  );

  // 1b. The database's own limit: the same numbering transaction as a raw mysql2 loop (BEGIN;
  //     UPDATE the counter; SELECT it; INSERT the ticket; COMMIT) on the same tables, the same
  //     number of connections as the two instances' pools (2 × 20), another day, one category.
  const rawPool = mysql.createPool({ uri: dbUrl.toString(), connectionLimit: 2 * POOL_SIZE });
  const rawDay = '2026-09-29';
  await rawPool.query(
    `INSERT INTO queue_counter (hall_code, category_code, service_date, last_serial, consecutive_priority_calls, updated_at)
     VALUES (?, 'A', ?, 0, 0, NOW(3))`,
    [mainHall.code, rawDay],
  );
  const rawLatencies = [];
  const rawStarted = performance.now();
  await Promise.all(
    Array.from({ length: QUEUE_CITIZENS }, async (_, i) => {
      const t = performance.now();
      const connection = await rawPool.getConnection();
      try {
        await connection.beginTransaction();
        const where = [mainHall.code, rawDay];
        await connection.query(
          "UPDATE queue_counter SET last_serial = last_serial + 1, updated_at = NOW(3) WHERE hall_code = ? AND category_code = 'A' AND service_date = ?",
          where,
        );
        const [[counter]] = await connection.query(
          "SELECT last_serial FROM queue_counter WHERE hall_code = ? AND category_code = 'A' AND service_date = ? FOR UPDATE",
          where,
        );
        const serial = counter.last_serial;
        const key = randomBytes(16).toString('hex');
        await connection.query(
          `INSERT INTO queue_ticket (id, hall_code, category_code, serial_category_code, service_date,
             serial, number, priority, status, source, owner_user_id, actor_name_enc,
             subject_id_number_hash, subject_name_enc, taken_at, queued_at, active_key,
             idempotency_key, request_hash, updated_at)
           VALUES (UUID(), ?, 'A', 'A', ?, ?, ?, 'NORMAL', 'WAITING', 'REMOTE', ?, ?, ?, ?, NOW(3),
             NOW(3), ?, ?, ?, NOW(3))`,
          [
            mainHall.code,
            rawDay,
            serial,
            `A${String(serial).padStart(3, '0')}`,
            `raw-${i}`,
            'x'.repeat(120),
            key + key,
            'x'.repeat(120),
            key + key,
            key,
            key + key,
          ],
        );
        await connection.commit();
      } catch (error) {
        await connection.rollback().catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
      rawLatencies.push(performance.now() - t);
    }),
  );
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  rawLatencies.sort((a, b) => a - b);
  await rawPool.end();
  const [rawRows] = await pool.query(
    "SELECT number FROM queue_ticket WHERE hall_code = ? AND service_date = ? AND serial_category_code = 'A'",
    [mainHall.code, rawDay],
  );
  const rawFaults = numberingFaults(rawRows.map((row) => row.number));
  faults += rawFaults.duplicates + rawFaults.gaps;
  const rawRow = {
    taken: rawRows.length,
    seconds: rawSeconds,
    rate: rawRows.length / rawSeconds,
    p50: percentile(rawLatencies, 50),
    p99: percentile(rawLatencies, 99),
  };
  console.log(
    `raw numbering loop: ${rawRows.length} in ${rawSeconds.toFixed(2)} s, ${rawFaults.duplicates} duplicates, ${rawFaults.gaps} gaps`,
  );

  // 2. Subscribers: the holders of A tickets, each on its own graphql-ws connection to instance
  //    i % 2, watching its ticket; one in ten (on both instances) also watches the display board.
  console.log(`\nconnecting ${QUEUE_SUBSCRIBERS} graphql-ws subscribers…`);
  const wsUrls = urls.map((url) => `${url.replace(/^http/, 'ws')}/graphql`);
  const calledAt = new Map(); // ticket id → when its subscriber received CALLED
  const boardAt = urls.map(() => new Map()); // per instance: number → first board showing it called
  const waiters = new Map();
  let messages = 0;
  const subscriberOf = new Map(); // ticket id → instance index of its subscriber
  const connectedAt = performance.now();
  await inParallel(QUEUE_SUBSCRIBERS, 50, async (i) => {
    const ticket = tickets[i];
    if (!ticket) throw new Error(`citizen ${i} has no ticket`);
    const instance = i % 2;
    const socket = createClient({
      url: wsUrls[instance],
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${tokens[i]}` },
    });
    sockets.push(socket);
    subscriberOf.set(ticket.id, instance);
    const first = [];
    first.push(
      new Promise((resolve, reject) => {
        socket.subscribe(
          {
            query:
              'subscription ($id: ID!) { queueTicketChanged(id: $id) { id status ahead windowNumber } }',
            variables: { id: ticket.id },
          },
          {
            next: ({ data: payload, errors }) => {
              if (errors) return reject(new Error(JSON.stringify(errors)));
              messages += 1;
              resolve();
              const view = payload.queueTicketChanged;
              if (view.status === 'CALLED' && !calledAt.has(view.id)) {
                calledAt.set(view.id, performance.now());
                waiters.get(view.id)?.();
              }
            },
            error: reject,
            complete: () => undefined,
          },
        );
      }),
    );
    if (i % 20 < 2) {
      first.push(
        new Promise((resolve, reject) => {
          socket.subscribe(
            {
              query:
                'subscription ($h: String!) { queueBoardChanged(hallCode: $h) { calls { number } } }',
              variables: { h: mainHall.code },
            },
            {
              next: ({ data: payload, errors }) => {
                if (errors) return reject(new Error(JSON.stringify(errors)));
                messages += 1;
                resolve();
                const latest = payload.queueBoardChanged.calls[0]?.number;
                if (latest && !boardAt[instance].has(latest)) {
                  boardAt[instance].set(latest, performance.now());
                }
              },
              error: reject,
              complete: () => undefined,
            },
          );
        }),
      );
    }
    // Each subscription starts with the current state: then it is registered on the instance.
    await Promise.all(first);
  });
  console.log(`  all subscribed in ${((performance.now() - connectedAt) / 1000).toFixed(1)} s`);

  // 3. Calls: windows 1 and 2 (category A) take turns, window 1 through instance 1 and window 2
  //    through instance 2; each completes its current ticket (not timed), then calls the next.
  const { demoLogin } = await data(
    clients[0],
    'mutation { demoLogin(persona: STAFF_SZ) { accessToken } }',
  );
  const staff = demoLogin.accessToken;
  for (const windowCode of QUEUE_WINDOWS) {
    await data(
      clients[0],
      'mutation ($w: String!) { openServiceWindow(windowCode: $w) { code } }',
      { w: windowCode },
      staff,
    );
  }
  console.log(`\n${QUEUE_CALLS} calls, each awaited until its subscriber has it…`);
  const callLatency = [];
  const sameInstance = [];
  const crossInstance = [];
  const mutationLatency = [];
  const boardLatency = [];
  const messagesBefore = messages;
  const callsStarted = performance.now();
  for (let k = 0; k < QUEUE_CALLS; k += 1) {
    const via = k % 2;
    const windowCode = QUEUE_WINDOWS[via];
    if (k >= QUEUE_WINDOWS.length) {
      await data(
        clients[via],
        'mutation ($w: String!) { completeTicket(windowCode: $w) { code } }',
        { w: windowCode },
        staff,
      );
    }
    const t0 = performance.now();
    const body = await clients[via].call(
      'mutation ($w: String!) { callNextTicket(windowCode: $w) { currentTicket { id number } } }',
      { w: windowCode },
      staff,
    );
    mutationLatency.push(performance.now() - t0);
    const current = body.data?.callNextTicket.currentTicket;
    if (!current) throw new Error(`call ${k + 1} failed: ${JSON.stringify(body.errors)}`);
    if (!calledAt.has(current.id)) {
      await new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`${current.number}: no CALLED push within ${QUEUE_DELIVERY_TIMEOUT_MS} ms`),
            ),
          QUEUE_DELIVERY_TIMEOUT_MS,
        );
        waiters.set(current.id, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      waiters.delete(current.id);
    }
    const latency = calledAt.get(current.id) - t0;
    callLatency.push(latency);
    (subscriberOf.get(current.id) === via ? sameInstance : crossInstance).push(latency);
    for (const seen of boardAt) {
      if (seen.has(current.number)) boardLatency.push(seen.get(current.number) - t0);
    }
  }
  const callsSeconds = (performance.now() - callsStarted) / 1000;
  const sorted = (values) => [...values].sort((a, b) => a - b);
  const latencyRow = (label, values) => {
    const s = sorted(values);
    return `| ${label} | ${s.length} | ${percentile(s, 50).toFixed(1)} | ${percentile(s, 99).toFixed(1)} | ${s[s.length - 1].toFixed(1)} |`;
  };

  console.log('\n| takes | taken | s | takes/s | p50 ms | p99 ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const takesLine = (label, row) =>
    console.log(
      `| ${label} | ${row.taken} | ${row.seconds.toFixed(2)} | ${Math.round(row.rate)} | ${row.p50.toFixed(0)} | ${row.p99.toFixed(0)} |`,
    );
  takesLine(
    `BFF takeQueueTicket, ${QUEUE_CITIZENS} citizens at once, 2 instances, A + ${QUEUE_OTHER_CATEGORIES.join(', ')}`,
    takesRow,
  );
  takesLine(
    `raw mysql2 numbering transaction, ${QUEUE_CITIZENS} at once, pool ${2 * POOL_SIZE}, one category`,
    rawRow,
  );
  console.log('\n| call → subscriber | samples | p50 ms | p99 ms | max ms |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(latencyRow('CALLED pushed to the ticket’s subscriber (all)', callLatency));
  console.log(latencyRow('… subscriber on the calling instance', sameInstance));
  console.log(latencyRow('… subscriber on the other instance (Redis)', crossInstance));
  console.log(latencyRow('display board shows the number (both instances)', boardLatency));
  console.log(latencyRow('callNextTicket answer itself', mutationLatency));
  const p99 = percentile(sorted(callLatency), 99);
  console.log(
    `\n${QUEUE_SUBSCRIBERS} subscribers (${Math.ceil(QUEUE_SUBSCRIBERS / 10)} also on the board), ` +
      `${QUEUE_CALLS} calls in ${callsSeconds.toFixed(1)} s, ${messages - messagesBefore} messages pushed meanwhile; ` +
      `call → subscriber p99 ${p99.toFixed(0)} ms (aim ≤ 500 ms); numbering faults: ${faults} (must be 0)`,
  );
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  if (faults !== 0 || taken.length !== QUEUE_CITIZENS) process.exitCode = 1;
}

const BENCHES = { search: benchSearch, booking: benchBooking, queue: benchQueue };

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
