import { it } from 'vitest';
import { buildDir } from './harness/paths';
import { launchChromium } from './harness/chromium';
import { startFixtureServer } from './harness/server';
import { loadPayloads } from '../fixtures/hostile/payloads';
import { buildRawPages } from '../fixtures/hostile/pages';

it('bisect', async () => {
  const payloads = loadPayloads();
  const live = payloads.filter((p) => !/http-equiv=["']?refresh/i.test(p.html));
  const raw = buildRawPages(live, { canary: 'http://127.0.0.1:9', rawPerPage: 100 });
  const byId = new Map(payloads.map((p) => [p.id, p]));
  let current = '';
  const server = await startFixtureServer({ '/p.html': (_q, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'" }); res.end(current); } });
  const render = (xs: string[]) => `<!doctype html><html><head><title>t</title></head><body><article><h1>Head</h1>${xs.map((id) => `<p>The council met on Tuesday to talk about the ferry terminal and its future plans. ${byId.get(id)!.html.split('__CANARY__').join('http://127.0.0.1:9')} More words about the plan follow here.</p>`).join('')}</article></body></html>`;
  async function hangs(xs: string[]): Promise<boolean> {
    current = render(xs);
    const session = await launchChromium(buildDir('chrome', 'e2e'));
    const tab = await session.browser.newPage();
    await tab.goto(server.url('/p.html'), { waitUntil: 'load' });
    const popup = await session.browser.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabUrl=${encodeURIComponent(server.url('/p.html'))}`);
    await new Promise((r) => setTimeout(r, 4000));
    let stuck = false;
    try { await Promise.race([tab.evaluate(() => 1), new Promise((_, rej) => setTimeout(() => rej(new Error('t')), 4000))]); } catch { stuck = true; }
    await session.close();
    return stuck;
  }
  let list = raw[0].placements['body-raw']!.slice();
  console.log('all', await hangs(list));
  while (list.length > 1) {
    const half = list.slice(0, Math.ceil(list.length / 2));
    const rest = list.slice(half.length);
    if (await hangs(half)) list = half; else if (await hangs(rest)) list = rest; else { console.log('both halves needed', half, rest); break; }
  }
  console.log('culprit', list, list.map((id) => byId.get(id)!.html.slice(0, 200)));
  await server.close();
}, 900_000);
