#!/usr/bin/env node
// Regenerates the typed operations into a temp folder and fails when src/gql differs from it.
// CI runs this (`pnpm --filter @shizhong/miniapp codegen:check`) to catch stale generated types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const committed = path.join(root, 'src', 'gql');
const tmp = mkdtempSync(path.join(tmpdir(), 'miniapp-codegen-'));

function listFiles(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name)))
      .sort();
  } catch {
    return [];
  }
}

try {
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'),
      '--config',
      'codegen.ts',
      '--silent',
    ],
    {
      cwd: root,
      env: { ...process.env, CODEGEN_OUT_DIR: `${tmp}/` },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const expected = listFiles(tmp);
  const actual = listFiles(committed);
  const problems = [];
  for (const file of new Set([...expected, ...actual])) {
    if (!expected.includes(file)) problems.push(`unexpected file src/gql/${file}`);
    else if (!actual.includes(file)) problems.push(`missing file src/gql/${file}`);
    else if (
      readFileSync(path.join(tmp, file), 'utf8') !==
      readFileSync(path.join(committed, file), 'utf8')
    )
      problems.push(`outdated src/gql/${file}`);
  }
  if (problems.length > 0) {
    console.error('✖ miniapp/src/gql is stale (bff/schema.gql or an operation changed):');
    for (const p of problems) console.error(`  - ${p}`);
    console.error('  Run `pnpm --filter @shizhong/miniapp codegen` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`✔ miniapp/src/gql is up to date (${expected.length} files).`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
