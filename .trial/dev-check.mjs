import { chromium } from '@playwright/test';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost'] });
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
for (const path of ['/review/', '/status/', '/admin/', '/apply/']) {
  await page.goto(base + path, { waitUntil: 'load', timeout: 90000 });
  await page.waitForTimeout(8000);
  const text = (await page.locator('body').innerText()).slice(0, 200).replace(/\s+/g, ' ');
  console.log(path, '=>', text);
  await page.screenshot({ path: `/tmp/dev${path.replaceAll('/', '_')}.png` });
}
console.log('errors:', errors);
await browser.close();
