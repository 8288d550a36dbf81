import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({
  viewport: { width: Number(process.env.W ?? 1366), height: Number(process.env.H ?? 900) },
  isMobile: !!process.env.PHONE,
  hasTouch: !!process.env.PHONE,
});
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 500)));
await page.request.post('http://localhost:' + (process.env.PORT ?? '3413') + '/api/v1/auth/login', { data: { username: 'event_lead', password: 'Demo@2026' } });
await page.goto('http://localhost:' + (process.env.PORT ?? '3413') + '' + process.argv[2], { waitUntil: 'networkidle' });
await page.waitForTimeout(3000);
await page.screenshot({ path: process.env.OUT ?? '/tmp/shots/pw.png' });
await browser.close();
