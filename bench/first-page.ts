/// <reference lib="dom" />
/**
 * First page: the JavaScript the login page and the cockpit (the first page after signing in) load,
 * and how soon each is usable, in Debian's Chromium with the CPU throttled 4× (CDP
 * Emulation.setCPUThrottlingRate), measured by the browser's own clock.
 *
 * Builds nothing: run `npm run build:web` first (it serves apps/web/dist, or BENCH_WEB_DIST).
 * BENCH_WEB_BEFORE=<another dist folder> (e.g. a copy of the previous build) measures that build too,
 * in the same run, by a second server on the same database, loads interleaved.
 *
 * The server is the real app (buildApp) on PGlite in a temporary folder with the demo property and its
 * users only (DEMO_ACTIVITY=0: a few seconds). Each load is cold: a new browser context (empty cache,
 * service workers blocked, so the worker's precache does not compete with the page). Per page and build:
 *  - js_gzip_kb / js_raw_kb: scripts the page fetched until the network is idle (the server does not
 *    compress, so gzip is computed from the served bytes, level 9 as a static host would precompress);
 *  - ready_ms_p50: performance.now() at the first animation frame once the page's main content is in the
 *    DOM (the login form's submit button; the cockpit's first tile), recorded in the page;
 *  - dom_interactive_ms_p50: the navigation timing's domInteractive.
 * The floor is a bare HTML page with a tiny module script from the same server, under the same throttle.
 * BENCH_N loads per page (default 5).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { ensureInitialData } from '../apps/server/src/seed/bootstrap.ts';
import { emit, percentile } from './lib.ts';

const N = Number(process.env.BENCH_N ?? 5);
const RATE = 4;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'Demo@2026';
const AFTER = path.resolve(process.env.BENCH_WEB_DIST ?? 'apps/web/dist');
const BEFORE = process.env.BENCH_WEB_BEFORE ? path.resolve(process.env.BENCH_WEB_BEFORE) : null;
for (const d of [AFTER, BEFORE])
  if (d && !existsSync(path.join(d, 'index.html'))) throw new Error(`${d}: no index.html — run npm run build:web first`);

/** The pages: what marks each as usable, and who is signed in (null: nobody). */
const PAGES = [
  { name: 'floor', url: '/__bench/floor.html', ready: '#floor-ready', user: null },
  { name: 'login', url: '/login', ready: '.hy-login-card button[type=submit]', user: null },
  { name: 'cockpit_desk', url: '/', ready: '[data-testid=cockpit] [data-testid^="tile-"]', user: 'dispatcher' },
  { name: 'cockpit_manager', url: '/', ready: '[data-testid=cockpit] [data-testid^="tile-"]', user: 'general_manager' },
] as const;

const t0 = performance.now();
const log = (what: string) => console.error(`[first-page ${((performance.now() - t0) / 1000).toFixed(1)} s] ${what}`);
process.env.DEMO_ACTIVITY = '0';
const dir = await mkdtemp(path.join(tmpdir(), 'hy-bench-web-'));
const database = await openDatabase({ dataDir: dir });
await migrate(database);
const base = loadConfig({ NODE_ENV: 'test' });

async function serve(webDist: string) {
  const app = await buildApp({ database, config: { ...base, webDist, jobs: false } });
  // The floor: a page and a module script of a few bytes, under the app's own headers (CSP allows same-origin scripts).
  app.get('/__bench/floor.html', (_req, reply) =>
    reply
      .type('text/html')
      .send(
        '<!doctype html><html><head><script type="module" src="/__bench/floor.js"></script></head><body><div id="root"></div></body></html>',
      ),
  );
  app.get('/__bench/floor.js', (_req, reply) =>
    reply
      .type('text/javascript')
      .send(
        `const d = document.createElement('button'); d.id = 'floor-ready'; d.textContent = 'ok'; document.getElementById('root').append(d);`,
      ),
  );
  await ensureInitialData(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

log('database ready');
const builds: { label: string; app: FastifyInstance; url: string }[] = [];
if (BEFORE) builds.push({ label: 'before', ...(await serve(BEFORE)) });
builds.push({ label: BEFORE ? 'after' : 'current', ...(await serve(AFTER)) });

log(`serving ${builds.map((b) => `${b.label} at ${b.url}`).join(', ')}`);
const browser: Browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ],
});

/**
 * Records, inside the page, when the selector's element first exists (at the next animation frame: painted).
 * A string, not a function: tsx would wrap the function's inner functions in a helper the page lacks.
 */
const watchReady = (selector: string) => `(() => {
  const selector = ${JSON.stringify(selector)};
  const check = () => {
    if (window.__benchReady !== undefined || !document.querySelector(selector)) return false;
    window.__benchReady = -1;
    requestAnimationFrame(() => { window.__benchReady = performance.now(); });
    return true;
  };
  const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true });
})();`;

async function signedInContext(url: string, user: string | null): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', serviceWorkers: 'block' });
  if (user) {
    const r = await ctx.request.post(`${url}/api/v1/auth/login`, { data: { username: user, password: PASSWORD } });
    if (r.status() !== 200) throw new Error(`login ${user}: ${r.status()} ${await r.text()}`);
  }
  return ctx;
}

async function loadOnce(url: string, page: (typeof PAGES)[number]) {
  const ctx = await signedInContext(url, page.user);
  const p = await ctx.newPage();
  const scripts = new Map<string, { raw: number; gzip: number }>();
  const pending: Promise<void>[] = [];
  p.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    pending.push(
      res.body().then(
        (b) => void scripts.set(res.url(), { raw: b.length, gzip: gzipSync(b, { level: 9 }).length }),
        () => undefined,
      ),
    );
  });
  p.on('pageerror', (e) => console.error(`${page.name}: ${e.message}`));
  await p.addInitScript({ content: watchReady(page.ready) });
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await p.goto(url + page.url, { waitUntil: 'commit' });
  await p.waitForFunction(() => ((window as unknown as { __benchReady?: number }).__benchReady ?? -1) > 0, null, { timeout: 60_000 });
  await p.waitForLoadState('networkidle');
  await Promise.all(pending);
  const t = await p.evaluate(() => ({
    ready: (window as unknown as { __benchReady: number }).__benchReady,
    domInteractive: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
  }));
  await ctx.close();
  let raw = 0;
  let gzip = 0;
  for (const s of scripts.values()) {
    raw += s.raw;
    gzip += s.gzip;
  }
  return { ...t, raw, gzip, files: scripts.size };
}

type Sample = Awaited<ReturnType<typeof loadOnce>>;
const samples = new Map<string, Sample[]>();
// A warm-up load per build (the server's first answers, Chromium's own start), then N rounds, builds interleaved.
for (const b of builds) await loadOnce(b.url, PAGES[1]);
for (let i = 0; i < N; i++) {
  for (const page of PAGES)
    for (const b of builds) {
      const key = `${page.name}|${b.label}`;
      samples.set(key, [...(samples.get(key) ?? []), await loadOnce(b.url, page)]);
    }
  log(`round ${i + 1} of ${N}`);
}

const p50 = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
for (const page of PAGES)
  for (const b of builds) {
    const s = samples.get(`${page.name}|${b.label}`)!;
    const tag = { n: s.length, build: b.label, cpu_throttle: RATE };
    const prefix = `first_page_${page.name}`;
    emit(`${prefix}_js_gzip_kb`, p50(s.map((x) => x.gzip)) / 1000, { ...tag, files: p50(s.map((x) => x.files)) });
    emit(`${prefix}_js_raw_kb`, p50(s.map((x) => x.raw)) / 1000, tag);
    emit(`${prefix}_ready_ms_p50`, p50(s.map((x) => x.ready)), tag);
    emit(`${prefix}_dom_interactive_ms_p50`, p50(s.map((x) => x.domInteractive)), tag);
  }

await browser.close();
for (const b of builds) await b.app.close();
await database.close();
await rm(dir, { recursive: true, force: true });
