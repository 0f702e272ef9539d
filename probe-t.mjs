import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__t = {};
    const obs = new MutationObserver(() => {
      const s = document.querySelector('.signature-value');
      if (s && /^[0-9a-f]{64}$/.test(s.textContent)) { obs.disconnect(); window.__t.inserted = performance.now(); requestAnimationFrame(() => { window.__t.raf = performance.now(); }); }
    });
    obs.observe(document, { subtree: true, childList: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto('http://127.0.0.1:4390/');
  await page.getByLabel('AccessKey ID').waitFor();
  const t = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { dcl: n.domContentLoadedEventEnd.toFixed(0), signed: performance.getEntriesByName('first-form-signed')[0]?.startTime.toFixed(0), ins: window.__t.inserted?.toFixed(0), raf: window.__t.raf?.toFixed(0), fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime.toFixed(0) };
  });
  console.log(JSON.stringify(t));
  await context.close();
}
await browser.close();
