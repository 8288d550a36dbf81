#!/usr/bin/env node
// Runs the test suites with Node's own test runner (TypeScript through tsx).
//   node scripts/test.mjs            typecheck + server suite + e2e (what `npm test` runs)
//   node scripts/test.mjs server     server suite only (pure rules, services, routes) — DATABASE_URL picks PostgreSQL
//   node scripts/test.mjs e2e        browser tests in headless Chromium
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const mode = process.argv[2] ?? 'all';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function find(dir, re, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) find(p, re, out);
    else if (re.test(name)) out.push(path.relative(root, p));
  }
  return out.sort();
}

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function nodeTest(files, extra = [], env = {}) {
  run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...extra, ...files], env);
}

if (mode === 'all' || mode === 'typecheck') {
  run('npx', ['tsc', '-p', 'apps/server', '--noEmit']);
  run('npx', ['tsc', '-p', 'apps/web', '--noEmit']);
  run('npx', ['tsc', '-p', 'e2e', '--noEmit']);
  // Lint: import cycles, boundaries between domains and web features, hooks; format.
  run('npx', ['eslint', 'apps', 'packages', 'e2e', 'bench', 'scripts', '--max-warnings', '0']);
  run('npx', ['prettier', '--check', '.']);
}
if (mode === 'all' || mode === 'server') {
  if (process.env.DATABASE_URL) run(process.execPath, ['--import', 'tsx', 'apps/server/src/test/reset-db.ts']);
  const files = ['apps/server/src', 'apps/web/src', 'packages'].flatMap((d) => find(path.join(root, d), /\.test\.ts$/));
  nodeTest(files, ['--test-concurrency=2']);
}
if (mode === 'all' || mode === 'e2e') {
  run('npm', ['run', 'build:web']);
  // The demo database is loaded once per run and copied for each test file (HY_E2E_TEMPLATE).
  const template = mkdtempSync(path.join(tmpdir(), 'hy-e2e-template-'));
  process.on('exit', () => rmSync(template, { recursive: true, force: true }));
  nodeTest(find(path.join(root, 'e2e'), /\.test\.ts$/), ['--test-concurrency=1'], { HY_E2E_TEMPLATE: template });
}
