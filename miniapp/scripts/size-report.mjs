#!/usr/bin/env node
// After `build:weapp`: prints the main-package and per-subpackage sizes of miniapp/dist and exits 1
// when the main package exceeds the budget (default 1 MB; env WEAPP_MAIN_BUDGET_BYTES overrides).
// Main package = every file in dist not under a subPackages root of dist/app.json, without .map.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const appJsonPath = path.join(dist, 'app.json');
if (!existsSync(appJsonPath)) {
  console.error(
    '✖ miniapp/dist/app.json not found: run `pnpm --filter @shizhong/miniapp build:weapp` first.',
  );
  process.exit(1);
}

const budget = Number(process.env.WEAPP_MAIN_BUDGET_BYTES ?? 1048576);
if (!Number.isFinite(budget) || budget <= 0) {
  console.error(
    `✖ WEAPP_MAIN_BUDGET_BYTES must be a positive number, got "${process.env.WEAPP_MAIN_BUDGET_BYTES}"`,
  );
  process.exit(1);
}

const app = JSON.parse(readFileSync(appJsonPath, 'utf8'));
const roots = (app.subPackages ?? app.subpackages ?? []).map(
  (p) => p.root.replace(/\/+$/, '') + '/',
);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

const sizes = { main: 0 };
for (const r of roots) sizes[r] = 0;
for (const file of walk(dist)) {
  if (file.endsWith('.map')) continue;
  const rel = path.relative(dist, file).split(path.sep).join('/');
  const root = roots.find((r) => rel.startsWith(r));
  sizes[root ?? 'main'] += statSync(file).size;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`main package      ${kb(sizes.main).padStart(10)}  (budget ${kb(budget)})`);
for (const r of roots) console.log(`subpackage ${r.padEnd(20)} ${kb(sizes[r]).padStart(10)}`);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(`total             ${kb(total).padStart(10)}`);
if (sizes.main > budget) {
  console.error(`✖ main package is ${kb(sizes.main)}, over the budget of ${kb(budget)}.`);
  process.exit(1);
}
