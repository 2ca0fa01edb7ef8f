import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root (test/support/ → ../..). */
export const ROOT = join(__dirname, '..', '..');

export interface RunningStack {
  /** The H5 app, e.g. http://127.0.0.1:41234/ (GraphQL at `${appUrl}graphql`). */
  appUrl: string;
  /** The approval-backend simulator, e.g. http://127.0.0.1:41235 (no trailing slash). */
  simUrl: string;
  /** The SQLite folder of this stack. */
  dataDir: string;
  /** Everything the stack printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGTERM, wait for the whole process group to exit; SIGKILL after 5 s. */
  stop(): Promise<void>;
}

const SIM_LINE = /approval backend simulator: (http:\/\/\S+)/;
const APP_LINE = /is running: (http:\/\/\S+?)\/?\s/;
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** A fresh temporary folder, e.g. for DATA_DIR. */
export function makeTempDir(prefix = 'shizhong-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitForGroupExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !groupAlive(pid);
}

/**
 * Starts the product exactly as `npm start` does (scripts/start.mjs, without install and build):
 * the approval simulator (unless APPROVAL_BASE_URL is given) and the BFF serving the H5 app, on
 * random ports, with a fresh DATA_DIR unless `env.DATA_DIR` is given.
 */
export async function startStack(env: Record<string, string> = {}): Promise<RunningStack> {
  const dataDir = env.DATA_DIR ?? makeTempDir();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'scripts', 'start.mjs'), '--no-install', '--no-build'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: env.PORT ?? '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stop() can make sure the simulator and BFF are gone too.
      detached: true,
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn scripts/start.mjs');

  let output = '';
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const urls = new Promise<{ appUrl: string; simUrl: string }>((resolve, reject) => {
    let simUrl: string | undefined;
    const timer = setTimeout(
      () => reject(new Error(`the stack did not start in ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      stdout += text;
      simUrl ??= SIM_LINE.exec(stdout)?.[1];
      const app = APP_LINE.exec(stdout)?.[1];
      if (app) {
        clearTimeout(timer);
        if (!simUrl) {
          reject(new Error(`started without printing the simulator URL:\n${output}`));
          return;
        }
        // localhost may resolve to ::1 first while the BFF listens on IPv4 only.
        resolve({ appUrl: `${app.replace('//localhost:', '//127.0.0.1:')}/`, simUrl });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/start.mjs exited (code ${code}) before it was ready:\n${output}`));
    });
  });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) =>
      setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref(),
    );
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(pid, 'SIGKILL');
    // start.mjs exits 200 ms after signalling its children: wait for them as well.
    if (!(await waitForGroupExit(pid, STOP_GRACE_MS))) {
      killGroup(pid, 'SIGKILL');
      await waitForGroupExit(pid, 1_000);
    }
  };

  try {
    const { appUrl, simUrl } = await urls;
    return { appUrl, simUrl, dataDir, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** GETs JSON, failing on a non-2xx status. */
export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Polls `probe` until it returns true, or fails after `timeoutMs` with `what`. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  timeoutMs = 20_000,
  intervalMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface SimServiceItem {
  code: string;
  name: string;
  hot: boolean;
}

/** Every item of the simulator's catalogue. */
export async function simCatalogue(simUrl: string): Promise<SimServiceItem[]> {
  const all: SimServiceItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson<{ items: SimServiceItem[]; total?: number }>(
      `${simUrl}/api/v1/service-items?page=${page}&pageSize=200`,
    );
    all.push(...body.items);
    if (body.items.length < 200 || (body.total !== undefined && all.length >= body.total)) {
      return all;
    }
  }
}

/** Sets faults on the simulator's admin API (not itself affected by faults). */
export async function setSimFaults(
  simUrl: string,
  faults: { latencyMs?: number; errorRate?: number; down?: boolean },
): Promise<void> {
  const response = await fetch(`${simUrl}/__admin/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
  if (!response.ok) throw new Error(`PUT /__admin/faults: HTTP ${response.status}`);
}

export interface HealthReport {
  status: string;
  catalogue: { syncedAt: string | null; stale: boolean; ageSeconds: number | null };
}

export function health(appUrl: string): Promise<HealthReport> {
  return getJson<HealthReport>(`${appUrl}health`);
}
