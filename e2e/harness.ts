/**
 * End-to-end harness: the real server (built web app, demo data, PGlite in a temporary folder or
 * DATABASE_URL) listening on a free port, and Debian's Chromium driven by playwright-core.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
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

export async function startE2E(): Promise<E2E> {
  const config = loadConfig({ NODE_ENV: 'test' });
  if (!config.webDist || !existsSync(path.join(config.webDist, 'index.html'))) throw new Error('web app not built: run npm run build:web');
  // e2e always uses its own PGlite folder so the demo data is loaded fresh.
  const dir = await mkdtemp(path.join(tmpdir(), 'hy-e2e-'));
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

/** A weekday `ahead` calendar days from today (Asia/Shanghai), pushed past weekends. */
export function weekdayAhead(ahead: number): string {
  const d = new Date(Date.now() + 8 * 3600_000 + ahead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
