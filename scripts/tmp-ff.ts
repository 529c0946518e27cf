import { buildDir } from '../tests/e2e/harness/paths';
import { gotoRoute, launchFirefox } from '../tests/e2e/harness/firefox';
import { startFixtureServer } from '../tests/e2e/harness/server';
const server = await startFixtureServer(gotoRoute());
const s = await launchFirefox(buildDir('firefox', 'e2e'));
console.log('launched');
const tab = await s.browser.newPage();
await tab.goto(server.url('/pages/voa-seed.html'));
console.log('tab loaded', await tab.title());
const page = await s.browser.newPage();
const popupUrl = `${s.extensionOrigin}/popup.html?tabUrl=${encodeURIComponent(server.url('/pages/voa-seed.html'))}`;
page.goto(server.url(`/goto?to=${encodeURIComponent(popupUrl)}`)).then(() => console.log('goto resolved'), (e) => console.log('goto err', e.message));
for (let i = 0; i < 10; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  try { console.log(i, await page.evaluate(() => location.href + ' | ' + document.body?.innerText.slice(0, 200))); } catch (e) { console.log(i, 'eval err', (e as Error).message.slice(0, 200)); }
}
await s.close(); await server.close();
