import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './stack';

/**
 * Several real BFF processes (the built `bff/dist/main.js`) on ONE MySQL/MariaDB database and
 * one Redis, with one approval simulator, on random ports: what production runs behind a load
 * balancer. Used by the multi-instance tests (test/multi-instance/); `pnpm bench queue` has the
 * same in scripts/bench.mjs.
 */

const BFF_MAIN = join(ROOT, 'bff', 'dist', 'main.js');
const SIM_MAIN = join(ROOT, 'packages', 'approval-sim', 'dist', 'main.js');
const BFF_READY = /"msg":"bff listening","port":(\d+)/;
const SIM_READY = /listening on (http:\/\/\S+)/;
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** One running Node program started by the harness. */
export interface RunningProcess {
  readonly name: string;
  readonly pid: number;
  /** Everything it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  alive(): boolean;
  /** Resolves with the exit code or signal once it has exited. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** SIGKILL: the process dies at once, in the middle of whatever it was doing. */
  kill(): Promise<void>;
  /** SIGTERM, and SIGKILL after 5 s. */
  stop(): Promise<void>;
}

export interface BffInstance extends RunningProcess {
  /** e.g. http://127.0.0.1:41234 (GraphQL at `${url}/graphql`). */
  readonly url: string;
  /** e.g. ws://127.0.0.1:41234/graphql (graphql-ws). */
  readonly wsUrl: string;
}

export interface BffCluster {
  readonly simUrl: string;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  /** The instances in start order; a killed one stays in the list (alive() is false). */
  readonly instances: BffInstance[];
  /** Starts one more instance on the same database, Redis and secrets. */
  addInstance(): Promise<BffInstance>;
  /** Stops every process still running. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances: number;
  /** mysql://…/database — the database must exist (empty: the first instance migrates it). */
  databaseUrl: string;
  redisUrl: string;
  /** Added to every instance's environment (after the defaults below). */
  env?: Record<string, string>;
}

/** Fails with the build command when the built programs are missing. */
export function requireBuilt(): void {
  const missing = [BFF_MAIN, SIM_MAIN].filter((path) => !existsSync(path));
  if (missing.length > 0) {
    throw new Error(
      `not built: ${missing.join(', ')} — run pnpm --filter @shizhong/domain --filter @shizhong/approval-sim --filter @shizhong/bff build`,
    );
  }
}

/**
 * Starts a Node program and resolves when its output matches `ready` (the match), rejecting
 * when it exits first or takes longer than START_TIMEOUT_MS.
 */
function startNode(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
): { process: RunningProcess; ready: Promise<RegExpExecArray> } {
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${name}`);
  let output = '';
  let stdout = '';
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  const readyPromise = new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      stdout += text;
      const match = ready.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before it was ready:\n${output}`));
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const running: RunningProcess = {
    name,
    pid,
    output: () => output,
    alive,
    exited,
    async kill() {
      if (alive()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref(),
      );
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
  return { process: running, ready: readyPromise };
}

/**
 * Starts the simulator and `instances` BFF processes on the given database and Redis.
 *
 * Every instance gets the same throw-away secrets (tokens signed by one are accepted by the
 * others, as behind a load balancer), REDIS_URL, NODE_ENV=test with TEST_CLOCK_ALLOWED=1 (queue
 * tickets are only taken in office hours on a working day: tests set each instance's clock with
 * setTestClock) and login limits out of the way (hundreds of citizens log in from 127.0.0.1).
 * They start together: a MySQL named lock makes the first one migrate the empty database.
 */
export async function startBffCluster(options: ClusterOptions): Promise<BffCluster> {
  requireBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'shizhong-cluster-'));
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'DATA_DIR', 'H5_DIST_DIR', 'PORT', 'HOST']) {
    delete base[key];
  }
  const started: RunningProcess[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((running) => running.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const sim = startNode('approval-sim', SIM_MAIN, ['--port', '0'], base, SIM_READY);
    started.push(sim.process);
    const [, simUrl] = await sim.ready;

    const env: NodeJS.ProcessEnv = {
      ...base,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl,
      REDIS_URL: options.redisUrl,
      APPROVAL_BASE_URL: simUrl,
      PII_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      SESSION_SECRET: randomBytes(32).toString('hex'),
      TEST_CLOCK_ALLOWED: '1',
      AUTH_RATE_LIMIT_PER_IP: '100000000',
      AUTH_RATE_LIMIT_PER_SUBJECT: '100000000',
      ...options.env,
    };
    const instances: BffInstance[] = [];
    let spawned = 0;
    const addInstance = async (): Promise<BffInstance> => {
      const index = spawned;
      spawned += 1;
      const bff = startNode(`BFF ${index + 1}`, BFF_MAIN, [], env, BFF_READY);
      started.push(bff.process);
      const [, port] = await bff.ready;
      const instance: BffInstance = Object.assign(bff.process, {
        url: `http://127.0.0.1:${port}`,
        wsUrl: `ws://127.0.0.1:${port}/graphql`,
      });
      instances[index] = instance;
      return instance;
    };
    await Promise.all(Array.from({ length: options.instances }, () => addInstance()));
    return {
      simUrl,
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      instances,
      addInstance,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
