/**
 * Graceful shutdown behind a load balancer (issue 9), with the real server in a child process on a
 * temp PGlite folder: after SIGTERM /readyz answers 503 problem+json at once, a request accepted
 * before the signal still completes with 200, and the process exits 0 and leaves no lock behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE } from './db/data-lock.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const PASSWORD = 'Str0ng#Admin-Pass';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('SIGTERM: /readyz turns 503 at once, the request in flight finishes with 200, the process exits 0', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'hy-stop-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: '0',
      NODE_ENV: 'development',
      HY_ADMIN_PASSWORD: PASSWORD,
      WEB_DIST: '',
      LOG_LEVEL: 'warn',
      SHUTDOWN_DELAY_MS: '1500',
      SHUTDOWN_TIMEOUT_MS: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
  try {
    for (let i = 0; ; i++) {
      const res = await fetch(`${base}/readyz`).catch(() => null);
      if (res?.status === 200) break;
      assert.ok(i < 600 && child.exitCode === null, `server did not start: ${out}`);
      await sleep(100);
    }
    // A login whose body arrives in two parts: accepted before the signal, finished after it.
    const body = JSON.stringify({ username: 'admin', password: PASSWORD });
    const sock = connect(port, '127.0.0.1');
    let answer = '';
    sock.on('data', (d) => (answer += d));
    const ended = new Promise((r) => sock.on('close', r));
    sock.write(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await sleep(300);
    const t0 = Date.now();
    child.kill('SIGTERM');
    let ready: Response | null = null;
    for (let i = 0; i < 20 && ready?.status !== 503; i++) {
      ready = await fetch(`${base}/readyz`);
      if (ready.status !== 503) await sleep(25);
    }
    assert.equal(ready!.status, 503);
    assert.match(ready!.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(((await ready!.json()) as { code: string }).code, 'not_ready');
    assert.ok(Date.now() - t0 < 1000, 'readyz flipped at once');
    sock.write(body.slice(10));
    await ended;
    assert.match(answer, /^HTTP\/1\.1 200 /, answer.slice(0, 200));
    assert.equal(await exited, 0, out);
    assert.ok(Date.now() - t0 < 10_000);
    assert.equal(existsSync(path.join(dir, LOCK_FILE)), false, 'a clean exit removes the data folder lock');
  } finally {
    clearTimeout(kill);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
