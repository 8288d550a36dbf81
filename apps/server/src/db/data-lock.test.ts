/**
 * Issue 9: one process per embedded data folder. A second server on the same DATA_DIR is refused
 * with a clear message (a real second process); a lock left by a process that is gone is taken over;
 * closing the database removes the lock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './client.ts';
import { LOCK_FILE, lockDataDir } from './data-lock.ts';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

/** The real server entry point in a child process; resolves with its exit code and output. */
function runServer(dataDir: string, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        DEMO_DATA: '0',
        JOBS: '0',
        WEB_DIST: '',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

test('a second process on the same data folder refuses to start and names the owner', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-lock-'));
  // This test process owns the folder (as a running server would); the real server entry is the second.
  const lock = lockDataDir(dir);
  try {
    const owner = JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
    assert.deepEqual([owner.pid, owner.hostname], [process.pid, hostname()]);
    const second = await runServer(dir);
    assert.equal(second.code, 2, second.out);
    assert.match(second.out, /in use by another process \(pid \d+ on /);
    assert.ok(second.out.includes(`pid ${process.pid}`), second.out);
    // The refused process left the owner's lock alone and never opened the database.
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
    assert.equal(existsSync(path.join(dir, 'PG_VERSION')), false);
    // In-process too: the same folder opened twice is refused before PGlite touches the files.
    await assert.rejects(openDatabase({ dataDir: dir }), /in use by another process/);
  } finally {
    lock.release();
  }
  assert.equal(existsSync(path.join(dir, LOCK_FILE)), false);
  rmSync(dir, { recursive: true, force: true });
});

test("a stale lock (its pid is gone) is taken over; release removes it; another host's lock is refused", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-lock-'));
  try {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    assert.ok(deadPid > 0);
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    const lock = lockDataDir(dir);
    assert.equal(lock.tookOver?.pid, deadPid);
    assert.equal(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid, process.pid);
    assert.throws(() => lockDataDir(dir), /This process opened it already/);
    lock.release();
    assert.equal(existsSync(path.join(dir, LOCK_FILE)), false);
    // A lock of another host cannot be judged from here: refused, not taken over.
    writeFileSync(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: deadPid, hostname: `${hostname()}-other`, startedAt: '2026-01-01T00:00:00.000Z' }),
    );
    assert.throws(() => lockDataDir(dir), /on another host/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
