import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium binary the tests use: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * The Chromium binary, or null when there is none. On CI (CI=true) a missing browser fails the run
 * instead of skipping the browser tests; locally it prints a loud warning and the caller skips.
 */
export function requireChromium(): string | null {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const message = `no Chromium at ${path} (set CHROMIUM_PATH or install the chromium package)`;
  if (process.env.CI === 'true') throw new Error(`End-to-end browser tests cannot run: ${message}`);
  const warning = `⚠️  SKIPPED: end-to-end browser tests — ${message}`;
  console.warn(warning);
  // Jest drops the console output of a file whose tests are all skipped: also write it directly.
  process.stderr.write(`\n${warning}\n\n`);
  return null;
}

/** Headless Chromium (the system binary; Playwright's own browsers are never downloaded). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
