// Shared helpers of the root scripts (start, test, ci). Plain Node 20, no dependencies, so they
// run on a fresh clone before anything is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PNPM_VERSION = '10.34.9';

/** The command that runs pnpm 10: the installed one when it is 10.x, else npx fetches it. */
export function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/** Runs a command in the repo, inheriting the terminal; exits the script when it fails. */
export function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ failed (${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
    process.exit(result.status || 1);
  }
  return Date.now() - started;
}

export function pnpm(args, options) {
  const [command, ...prefix] = pnpmCommand();
  return run(command, [...prefix, ...args], options);
}

/** Installs the workspace exactly as locked. */
export function install() {
  return pnpm(['install', '--frozen-lockfile', '--prefer-offline']);
}

/** Builds what the start command serves: domain, simulator, BFF and the H5 app. */
export function buildForStart() {
  pnpm([
    '--filter',
    '@shizhong/domain',
    '--filter',
    '@shizhong/approval-sim',
    '--filter',
    '@shizhong/bff',
    'build',
  ]);
  pnpm(['--filter', '@shizhong/miniapp', 'build:h5']);
}

/**
 * Starts a Node program and resolves when it prints a line matching `ready` (returning the match),
 * rejecting when it exits first or takes longer than `timeoutMs`.
 */
export function startProcess(name, script, args, env, ready, timeoutMs = 60_000) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const readyPromise = new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`${name} did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      buffer += chunk.toString();
      const match = ready.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready`));
    });
  });
  return { child, ready: readyPromise };
}

export function exists(path) {
  return existsSync(join(ROOT, path));
}
