import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { ROOT, makeTempDir } from '../support/stack';

/**
 * A bad configuration must stop the BFF with exit code 1 and ONE clear line on stderr — no stack
 * trace — so whoever deploys it sees what to fix.
 */

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

const BFF_MAIN = join(ROOT, 'bff', 'dist', 'main.js');
const KILL_AFTER_MS = 30_000;
let dataDir: string;

function runBff(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BFF_MAIN], {
      cwd: ROOT,
      // A clean environment: only what Node needs plus the variables under test.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        APPROVAL_BASE_URL: 'http://127.0.0.1:9',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function expectOneLineFailure(exit: Exit, gist: RegExp): void {
  const context = `stderr:\n${exit.stderr}\nstdout:\n${exit.stdout}`;
  if (exit.code !== 1) throw new Error(`expected exit code 1, got ${exit.code}\n${context}`);
  expect(exit.stderr).not.toMatch(/\n\s+at /);
  const lines = exit.stderr.split('\n').filter((line, i, all) => i < all.length - 1 || line);
  expect(lines).toHaveLength(1);
  expect(lines[0].trim()).not.toBe('');
  expect(lines[0]).toMatch(gist);
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A TCP port that nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await close(server);
  return port;
}

describe('BFF start-up with a bad configuration', () => {
  beforeAll(() => {
    dataDir = makeTempDir('shizhong-startup-');
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('PORT=abc: names PORT and the bad value', async () => {
    const exit = await runBff({ PORT: 'abc' });
    expectOneLineFailure(
      exit,
      /^Invalid configuration: PORT must be a whole number between 0 and 65535 \(got "abc"\)$/,
    );
  });

  it('PORT=70000: out of range', async () => {
    const exit = await runBff({ PORT: '70000' });
    expectOneLineFailure(exit, /^Invalid configuration: PORT must be .*65535.*70000/);
  });

  it('DATABASE_URL to a closed port: cannot reach the database, password not printed', async () => {
    const port = await closedPort();
    const exit = await runBff({ DATABASE_URL: `mysql://root:s3cret@127.0.0.1:${port}/shizhong` });
    expectOneLineFailure(exit, /^Cannot reach the database at .*127\.0\.0\.1.*\(ECONNREFUSED\)/);
    expect(exit.stderr).not.toContain('s3cret');
  });

  it('NODE_ENV=production without secrets: names both missing secrets', async () => {
    const exit = await runBff({ NODE_ENV: 'production' });
    expectOneLineFailure(exit, /PII_ENCRYPTION_KEY/);
    expect(exit.stderr).toMatch(/SESSION_SECRET/);
  });

  it('a port already in use: says so and names the port', async () => {
    const blocker = createServer();
    const port = await listen(blocker);
    try {
      const exit = await runBff({ PORT: String(port) });
      expectOneLineFailure(exit, new RegExp(`Port ${port} is already in use`));
    } finally {
      await close(blocker);
    }
  });
});
