/**
 * End-to-end harness: the real server (built web app, demo data, PGlite in a temporary folder or
 * DATABASE_URL) listening on a free port, and Debian's Chromium driven by playwright-core.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type APIRequestContext, type Browser, type Locator, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../apps/server/src/db/client.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { ensureInitialData } from '../apps/server/src/seed/bootstrap.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'Demo@2026';

export interface E2E {
  base: string;
  app: FastifyInstance;
  browser: Browser;
  close(): Promise<void>;
}

/** Content-Security-Policy violations seen by any page of the run; close() fails the run if there are any. */
const cspViolations: string[] = [];

/** Loads the demo into `dir` (closed afterwards, so every page is on disk) and keeps a copy as the run's template. */
async function makeTemplate(config: ReturnType<typeof loadConfig>, dir: string, template: string) {
  const database = await openDatabase({ dataDir: dir });
  await migrate(database);
  const app = await buildApp({ database, config: { ...config, jobs: false } });
  await ensureInitialData(app);
  await app.close();
  await database.close();
  await cp(dir, path.join(template, 'data'), { recursive: true });
  await writeFile(path.join(template, 'READY'), new Date().toISOString());
}

export async function startE2E(): Promise<E2E> {
  const config = loadConfig({ NODE_ENV: 'test' });
  if (!config.webDist || !existsSync(path.join(config.webDist, 'index.html'))) throw new Error('web app not built: run npm run build:web');
  // e2e always uses its own PGlite folder: a copy of the run's demo database (HY_E2E_TEMPLATE, made by
  // the first test file of the run), or one loaded fresh.
  const dir = await mkdtemp(path.join(tmpdir(), 'hy-e2e-'));
  const template = process.env.HY_E2E_TEMPLATE;
  if (template && existsSync(path.join(template, 'READY'))) await cp(path.join(template, 'data'), dir, { recursive: true });
  else if (template) await makeTemplate(config, dir, template);
  const database: Database = await openDatabase({ dataDir: dir });
  await migrate(database);
  const app = await buildApp({ database, config: { ...config, jobs: true } });
  await ensureInitialData(app);
  app.jobs.start(200);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    base,
    app,
    browser,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
      await rm(dir, { recursive: true, force: true });
      if (cspViolations.length) throw new Error(`Content-Security-Policy violations:\n${[...new Set(cspViolations)].join('\n')}`);
    },
  };
}

/** A phone: 390 × 844 CSS pixels, touch, as the SPEC's people on their feet hold it. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

export async function newPage(e: E2E, lang: 'zh-CN' | 'en-US' = 'zh-CN', device: 'desk' | 'phone' = 'desk'): Promise<Page> {
  // Staff use the product in China: the browser runs in the property's time zone.
  const ctx = await e.browser.newContext({
    ...(device === 'phone' ? PHONE : { viewport: { width: 1366, height: 768 } }),
    locale: lang,
    timezoneId: process.env.E2E_TZ ?? 'Asia/Shanghai',
  });
  const page = await ctx.newPage();
  // Generous: CI machines share two cores between the server, PostgreSQL and Chromium.
  page.setDefaultTimeout(30_000);
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  await page.addInitScript((l) => {
    const store = (globalThis as unknown as { localStorage: { getItem(k: string): string | null; setItem(k: string, v: string): void } })
      .localStorage;
    if (!store.getItem('hy.lang')) store.setItem('hy.lang', l);
  }, lang);
  return page;
}

export async function loginAs(e: E2E, page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${e.base}/login`);
  await page.getByPlaceholder(/用户名|Username/).fill(username);
  await page.getByPlaceholder(/密码|Password/).fill(password);
  await page.getByRole('button', { name: /登\s*录|Sign in/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** A signed-in API client (cookie + CSRF token) for one demo user. */
export async function signedInApi(e: E2E, username: string) {
  const ctx = await e.browser.newContext();
  const req: APIRequestContext = ctx.request;
  const login = await req.post(`${e.base}/api/v1/auth/login`, { data: { username, password: DEMO_PASSWORD } });
  assert.equal(login.status(), 200, await login.text());
  const me = await (await req.get(`${e.base}/api/v1/auth/me`)).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  return {
    me,
    propertyId: me.properties[0].id as string,
    get: async (url: string) => (await req.get(`${e.base}/api/v1${url}`)).json(),
    post: async (url: string, data: unknown = {}) => {
      const r = await req.post(`${e.base}/api/v1${url}`, { data, headers });
      return { status: r.status(), body: await r.json().catch(() => null) };
    },
    patch: async (url: string, data: unknown = {}) => {
      const r = await req.patch(`${e.base}/api/v1${url}`, { data, headers });
      return { status: r.status(), body: await r.json().catch(() => null) };
    },
    put: async (url: string, data: unknown = {}) => {
      const r = await req.put(`${e.base}/api/v1${url}`, { data, headers });
      return { status: r.status(), body: await r.json().catch(() => null) };
    },
    close: () => ctx.close(),
  };
}

/** A weekday `ahead` calendar days from today (Asia/Shanghai), pushed past weekends. */
export function weekdayAhead(ahead: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + ahead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Draws a signature in the open signature dialog (a few strokes with the mouse) and confirms it. */
export async function drawSignature(page: Page, signerName?: string) {
  const canvas = page.getByTestId('signature-canvas');
  await canvas.waitFor();
  if (signerName !== undefined) await page.getByTestId('signer-name').fill(signerName);
  // The dialog zooms in: draw once its box has stopped moving, or the strokes land beside the canvas.
  let box = (await canvas.boundingBox())!;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const next = (await canvas.boundingBox())!;
    const still = next.x === box.x && next.y === box.y && next.width === box.width && next.height === box.height;
    box = next;
    if (still) break;
  }
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * ((box.width - 40) / 12), y + (i % 2 ? -25 : 25), { steps: 3 });
  await page.mouse.up();
  await page.getByTestId('signature-confirm').click();
  await canvas.waitFor({ state: 'detached' });
}

/** Whether the page scrolls sideways (a phone page must not). */
export const overflowsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

/**
 * The laid-out sizes [width, height] of the locator's visible elements: the size a thumb meets once the page is at
 * rest (offset sizes ignore the transform of a dialog still zooming in, which a bounding box would include).
 */
export const targetSizes = (list: Locator) =>
  list.evaluateAll((els) =>
    els
      .map((el) => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight] as [number, number])
      .filter(([w, h]) => w > 0 && h > 0),
  );
