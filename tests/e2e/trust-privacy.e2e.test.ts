// Trust, part 5: privacy you can verify. A full session in the SHIPPED build (type, analyse, open cards, apply,
// open the options page) while every request of every target is recorded: none may come from the extension.
// Afterwards the extension's storage holds settings and counts, and none of the typed text.
// Chromium records through the DevTools protocol on the page, the service worker and extension pages; Firefox's
// driver only sees the tab's own requests, so there the check covers the page (and so the content script).
import type { Browser, CDPSession, Page, Target, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserKind, launchWithExtension } from './harness/browser.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { centreOf, readOverlay, textOf, walk } from './trust-cdp.ts';
import { FLAGGED_SENTENCES, PAGES_SRC, focus, shippedBuild, sleep, until } from './trust-helpers.ts';

const SENTENCES = FLAGGED_SENTENCES.slice(0, 3).map((s) => s.text);
const TYPED = `Private words: my sister Alma is unwell. ${SENTENCES.join(' ')}`;

interface Recorded {
  target: string;
  url: string;
  initiator: string;
}

function initiatorOf(params: { initiator?: { url?: string; stack?: { callFrames: { url: string }[] } }; documentURL?: string }): string {
  const urls = [params.initiator?.url ?? '', ...(params.initiator?.stack?.callFrames ?? []).map((f) => f.url)].filter(Boolean);
  return urls.join(' ');
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`trust: privacy you can verify (${kind}, shipped build)`, () => {
    let browser: Browser;
    let server: PageServer;
    const requests: Recorded[] = [];
    const sessions: CDPSession[] = [];
    let worker: WebWorker | null = null;

    async function record(target: Target): Promise<void> {
      if (!['page', 'service_worker', 'background_page', 'other', 'shared_worker'].includes(target.type())) return;
      try {
        const session = await target.createCDPSession();
        sessions.push(session);
        session.on('Network.requestWillBeSent', (p) =>
          requests.push({ target: target.url(), url: p.request.url, initiator: initiatorOf(p as never) }),
        );
        session.on('Network.webSocketCreated', (p) => requests.push({ target: target.url(), url: p.url, initiator: '' }));
        await session.send('Network.enable');
      } catch {
        // A target that went away before we attached made no request we could miss after this point.
      }
    }

    beforeAll(async () => {
      const dir = await shippedBuild(kind === 'chromium' ? 'chrome' : 'firefox');
      server = await servePages(PAGES_SRC);
      browser = await launchWithExtension(kind, dir);
      if (kind === 'chromium') {
        browser.on('targetcreated', (t: Target) => void record(t));
        const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
          timeout: 30_000,
        });
        for (const t of browser.targets()) await record(t);
        worker = await sw.worker();
      }
    }, 240_000);

    afterAll(async () => {
      for (const s of sessions) await s.detach().catch(() => {});
      await browser?.close();
      await server?.close();
    });

    it('a full session makes no request from the extension, and storage never holds the typed text', { timeout: 120_000 }, async () => {
      const page: Page = await browser.newPage();
      if (kind === 'firefox') {
        page.on('request', (r) => requests.push({ target: page.url(), url: r.url(), initiator: '' }));
      }
      await page.goto(`${server.origin}/hostile-frame.html?n=privacy`, { waitUntil: 'load' });
      await focus(page, '#inner');
      await page.keyboard.type(TYPED);
      const cdp = kind === 'chromium' ? await page.createCDPSession() : null;
      if (cdp) {
        await until('underlines drawn', async () => ((await readOverlay(cdp))?.marks.length ?? 0) >= 3, 15_000);
      } else {
        await sleep(2_000);
      }

      // Open a card from the keyboard and apply its first suggestion.
      const at = TYPED.indexOf('calm down');
      for (let i = 0; i < TYPED.length - at - 2; i++) await page.keyboard.press('ArrowLeft');
      const shortcut = async () => {
        await page.keyboard.down('Alt');
        await page.keyboard.down('Shift');
        await page.keyboard.press('Enter');
        await page.keyboard.up('Shift');
        await page.keyboard.up('Alt');
      };
      await shortcut();
      if (cdp) await until('the card', async () => (await readOverlay(cdp))?.card ?? null);
      else await sleep(800);
      await page.keyboard.press('Enter');
      const value = () => page.$eval('#inner', (el) => (el as HTMLTextAreaElement).value);
      await until('the suggestion applied', async () => (await value()) !== TYPED);

      if (cdp) {
        // Open another card and use its "Attune settings" link: the options page opens in a tab.
        await sleep(600);
        for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowLeft');
        await shortcut();
        const overlay = await until('a second card', async () => {
          const o = await readOverlay(cdp);
          return o?.card ? o : null;
        });
        const link = [...walk(overlay.card as NonNullable<typeof overlay.card>)].find(
          (n) => n.localName === 'button' && textOf(n) === 'Attune settings',
        );
        expect(link, 'the card has an "Attune settings" link').toBeTruthy();
        const point = await centreOf(cdp, link as NonNullable<typeof link>);
        await page.mouse.click(point.x, point.y);
        const options = await browser.waitForTarget((t) => /\/options\.html/.test(t.url()), { timeout: 15_000 });
        const optionsPage = await options.page();
        await optionsPage?.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
        await sleep(500);
        await cdp.detach();
      }
      await sleep(500);

      // Every request: only the test server, and never started by extension code.
      const local = new URL(server.origin).host;
      const offending = requests.filter((r) => {
        const scheme = r.url.split(':')[0] ?? '';
        if (['http', 'https', 'ws', 'wss'].includes(scheme) && new URL(r.url).host !== local) return true;
        if (/^(chrome|moz)-extension:/.test(r.initiator) && /^(https?|wss?):/.test(r.url)) return true;
        return false;
      });
      expect(requests.length, 'the recorder saw the page load').toBeGreaterThan(0);
      expect(offending, `requests: ${JSON.stringify(requests, null, 1)}`).toEqual([]);

      if (worker) {
        const dump = (await worker.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: { storage: Record<string, { get(k: null): Promise<object> } | undefined> } })
            .chrome;
          const areas: Record<string, object> = {};
          for (const area of ['local', 'sync', 'session']) areas[area] = (await c.storage[area]?.get(null)) ?? {};
          return areas;
        })) as Record<string, Record<string, unknown>>;
        const json = JSON.stringify(dump).toLowerCase();
        for (const typed of [...SENTENCES, 'Private words', 'Alma is unwell', 'calm down', 'not a big deal']) {
          expect(json, `storage does not contain "${typed}"`).not.toContain(typed.toLowerCase());
        }
        // What it does hold: counts per category (shown, accepted) and the tab's nudge count.
        const stats = JSON.stringify(dump.local?.['attune:stats'] ?? {});
        expect(stats).toMatch(/"dismissing":\{[^}]*"shown":[1-9]/);
        expect(stats).toMatch(/"accepted":[1-9]/);
        expect(Object.keys(dump.session ?? {}).some((k) => k.startsWith('attune:count:'))).toBe(true);
      }
    });
  });
}
