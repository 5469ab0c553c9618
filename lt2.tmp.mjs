import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const out = [];
for (let run=0; run<8; run++) {
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); });
await page.goto('http://localhost:4180/', { waitUntil: 'networkidle' });
await page.waitForTimeout(1000); const m = await page.evaluate(() => performance.getEntriesByType('mark').map(e => e.name + '@' + Math.round(e.startTime)).join(' ')); out.push(m); const r = await page.evaluate(() => performance.getEntriesByType('resource').filter(e => /mount|StatusMap-.*js|region/.test(e.name)).map(e => e.name.split('/').pop().slice(0,9) + '@' + Math.round(e.responseEnd)).join(' ')); out.push(r);
const lt = await page.evaluate(() => window.__lt);
out.push(lt.map(([s, d]) => s+':'+d).join(' ') + ' = tbt ' + lt.reduce((s, [, d]) => s + Math.max(0, d - 50), 0));
await context.close();
}
console.log(out.join('\n'));
await browser.close();
