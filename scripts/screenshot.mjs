#!/usr/bin/env node
// Takes screenshots of pages in headless Chromium, signed in as a demo user, to look at them.
//   node scripts/screenshot.mjs --base http://localhost:3000 --user admin --out /tmp/shots [--lang en-US] [--size 1366x768] /path1 /path2 …
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return def;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const base = opt('base', 'http://localhost:3000');
const user = opt('user', 'admin');
const password = opt('password', 'Demo@2026');
const out = opt('out', '/tmp/shots');
const lang = opt('lang', 'zh-CN');
const [w, h] = opt('size', '1366x768').split('x').map(Number);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: w, height: h }, timezoneId: process.env.TZ_ID ?? 'Asia/Shanghai', locale: lang });
await page.addInitScript((l) => localStorage.setItem('hy.lang', l), lang);
if (user !== 'none') {
  const res = await page.request.post(`${base}/api/v1/auth/login`, { data: { username: user, password } });
  if (!res.ok()) throw new Error(`login failed: ${res.status()} ${await res.text()}`);
}
for (const p of args.length ? args : ['/']) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(400);
  const file = `${out}/${user}-${lang}${p.replace(/[^a-z0-9]+/gi, '_')}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}
await browser.close();
