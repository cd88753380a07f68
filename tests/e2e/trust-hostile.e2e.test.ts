// Trust, part 4: a hostile page, against the SHIPPED build (no test hook, closed shadow root). The page's scripts
// try to read findings, suggestions and settings, open the card, apply a suggestion, restyle or spoof the card,
// inject markup through the text in the field, and talk to Attune with postMessage and custom events. Every
// attempt must fail, while the same actions by real (trusted) input work.
// Chromium observes the card through the DevTools protocol (it sees closed shadow roots); Firefox's driver
// (WebDriver BiDi) cannot, so there the test checks what the page can see and the field's text.
import type { Browser, CDPSession, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserKind, launchWithExtension } from './harness/browser.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { type OverlayView, centreOf, computed, readOverlay, textOf, walk } from './trust-cdp.ts';
import { PAGES_SRC, focus, shippedBuild, sleep, until } from './trust-helpers.ts';

// Markup-looking text around the flagged phrase: it must stay text everywhere Attune shows it.
const TYPED = 'I hear you <img src=x onerror="window.__pwned=1"> <b>ok</b>. Just calm down.';
const PHRASE = 'Just calm down';

type Attack = {
  read(): {
    hostExists: boolean;
    shadowRoot: boolean | null;
    reattach: string;
    captured: string[];
    highlights: string[];
    hook: string | null;
    hostText: string | null;
    hostHTML: string | null;
    pageHTML: string;
    globals: string[];
    storage: { local: string[]; session: string[]; cookie: string };
    chromeRuntime: string;
  };
  open(points: { x: number; y: number }[]): void;
  apply(points: { x: number; y: number }[]): void;
  message(extensionId: string): string;
  restyle(): void;
};
const attack = <K extends keyof Attack>(page: Page, name: K, ...args: Parameters<Attack[K]>) =>
  page.evaluate(
    (n, a) =>
      ((window as unknown as { __attack: Record<string, (...x: unknown[]) => unknown> }).__attack[n] as (...x: unknown[]) => unknown)(...a),
    name,
    args as unknown[],
  ) as Promise<ReturnType<Attack[K]>>;

const value = (page: Page) => page.$eval('#field', (el) => (el as HTMLTextAreaElement).value);

async function realShortcut(page: Page): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Types the message and puts the caret inside the flagged phrase. */
async function typeMessage(page: Page): Promise<void> {
  await focus(page, '#field');
  await page.keyboard.type(TYPED);
  for (let i = 0; i < TYPED.length - TYPED.indexOf(PHRASE) - 3; i++) await page.keyboard.press('ArrowLeft');
}

function expectNothingLeaked(seen: Attack['read'] extends () => infer R ? R : never, secrets: string[], pageAddedFake = false): void {
  expect(seen.shadowRoot, 'host.shadowRoot is null (closed)').toBe(false);
  expect(seen.reattach, 'a second attachShadow on the host throws').toBe('NotSupportedError');
  expect(seen.captured, 'the page patched attachShadow/innerHTML before the content script ran and caught nothing').toEqual([]);
  expect(seen.highlights, 'nothing in the page-readable CSS highlight registry').toEqual([]);
  expect(seen.hook, 'no test hook in the shipped build').toBeNull();
  // After the spoofing attempt the host's light DOM holds the page's own fake card, which is not rendered.
  expect(seen.hostText, 'the host has no light-DOM text of ours').toBe(pageAddedFake ? 'FAKE CARD' : '');
  expect(seen.globals).toEqual([]);
  expect(seen.storage).toEqual({ local: [], session: [], cookie: '' });
  const pageHTMLWithoutField = seen.pageHTML.replace(TYPED, '').replace(/<textarea[^>]*>[\s\S]*?<\/textarea>/, '');
  for (const secret of secrets) expect(pageHTMLWithoutField, `the page's DOM does not contain "${secret}"`).not.toContain(secret);
}

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`trust: a hostile page cannot use or see Attune (${kind}, shipped build)`, () => {
    let browser: Browser;
    let server: PageServer;
    let page: Page;
    let cdp: CDPSession | null = null;
    let worker: WebWorker | null = null;
    let extensionId = 'unknown';

    beforeAll(async () => {
      const dir = await shippedBuild(kind === 'chromium' ? 'chrome' : 'firefox');
      server = await servePages(PAGES_SRC);
      browser = await launchWithExtension(kind, dir);
      if (kind === 'chromium') {
        const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
          timeout: 30_000,
        });
        extensionId = new URL(target.url()).host;
        worker = await target.worker();
      }
      page = await browser.newPage();
      await page.goto(`${server.origin}/hostile.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
      if (kind === 'chromium') {
        cdp = await page.createCDPSession();
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
      }
    }, 240_000);

    afterAll(async () => {
      await cdp?.detach().catch(() => {});
      await browser?.close();
      await server?.close();
    });

    const settings = async () =>
      worker?.evaluate(async () => {
        const c = (
          globalThis as unknown as {
            chrome: { storage: { sync: { get(k: null): Promise<object> }; local: { get(k: null): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        const [sync, local] = await Promise.all([c.storage.sync.get(null), c.storage.local.get(null)]);
        return JSON.stringify({ sync, settings: local['attune:settings'] ?? null });
      }) ?? null;

    const overlay = async (what: string, pick: (o: OverlayView) => boolean = () => true, timeout = 10_000): Promise<OverlayView> =>
      until(
        what,
        async () => {
          const o = cdp ? await readOverlay(cdp) : null;
          return o && pick(o) ? o : null;
        },
        timeout,
      );

    it('cannot read, open, apply, restyle, spoof, inject or message; real input still works', { timeout: 120_000 }, async () => {
      const settingsBefore = await settings();
      await typeMessage(page);
      // The extension is running here: the overlay host appears once a field is focused.
      await until('the overlay host', () => page.evaluate(() => document.querySelector('attune-overlay') !== null), 25_000);

      let markPoints: { x: number; y: number }[] = [];
      if (cdp) {
        const o = await overlay('an underline drawn', (v) => v.marks.length > 0);
        markPoints = await Promise.all(o.marks.map((m) => centreOf(cdp as CDPSession, m)));
        // Just above the wavy line: on the flagged words.
        markPoints = markPoints.map((p) => ({ x: p.x, y: p.y - 6 }));
      } else {
        await sleep(1_500); // no way to see the underline from Firefox's driver; let analysis happen
      }

      // 1. Read: nothing of Attune's is visible to the page.
      expectNothingLeaked(await attack(page, 'read'), ['Take all the time you need', 'It makes sense to feel this way']);

      // 2. Open the card with synthetic hover, click and shortcut at the underline: nothing opens.
      await attack(page, 'open', markPoints);
      await sleep(900); // longer than the hover delay
      if (cdp) expect((await readOverlay(cdp))?.card, 'no card from synthetic events').toBeNull();

      // The same with real input opens it (so the check above is meaningful).
      await realShortcut(page);
      let cardPoints: { x: number; y: number }[] = [];
      if (cdp) {
        const o = await overlay('the card opened by the real shortcut', (v) => v.card !== null);
        const card = o.card as NonNullable<OverlayView['card']>;
        const text = textOf(card);
        expect(text).toContain('Take all the time you need');
        // 3. Markup typed into the field stays text: the card holds only our own elements.
        const tags = new Set([...walk(card)].filter((n) => n.nodeType === 1).map((n) => n.localName));
        expect([...tags].sort()).toEqual(['button', 'div', 'p', 'span']);
        const buttons = [...walk(card)].filter((n) => n.localName === 'button');
        cardPoints = await Promise.all(buttons.map((b) => centreOf(cdp as CDPSession, b)));
      }
      const before = await value(page);
      expect(before).toBe(TYPED);

      // 4. Apply with synthetic Enter and clicks on the card's buttons: the text does not change.
      await attack(page, 'apply', cardPoints);
      await sleep(500);
      expect(await value(page), 'no suggestion applied by synthetic events').toBe(TYPED);

      // 5. Messages and custom events are ignored; the page cannot reach the extension's runtime.
      const runtime = await attack(page, 'message', extensionId);
      expect(runtime, 'a web page has no chrome.runtime.sendMessage to Attune (no externally_connectable)').toBe('absent');
      await sleep(800);
      expect(await value(page)).toBe(TYPED);
      const optionsPages = (await browser.pages()).filter((p) => /options\.html/.test(p.url()));
      expect(optionsPages, 'no options page opened by the page').toEqual([]);
      if (worker) expect(await settings(), 'settings unchanged by the page').toBe(settingsBefore);

      // 6. Restyle, hide or spoof: the card keeps its look, the host stays shown, the fake card is not rendered.
      const styleBefore = cdp
        ? await computed(cdp, (await overlay('card')).card as NonNullable<OverlayView['card']>, [
            'display',
            'visibility',
            'color',
            'background-color',
            'font-size',
            'opacity',
          ])
        : null;
      await attack(page, 'restyle');
      await sleep(300);
      const hostStyle = await page.evaluate(() => {
        const h = document.querySelector('attune-overlay') as HTMLElement;
        const s = getComputedStyle(h);
        return { display: s.display, visibility: s.visibility, opacity: s.opacity, attr: h.getAttribute('style') ?? '' };
      });
      expect(hostStyle.display).toBe('block');
      expect(hostStyle.visibility).toBe('visible');
      expect(hostStyle.opacity).toBe('1');
      expect(hostStyle.attr).not.toContain('display: none');
      if (cdp && styleBefore) {
        const o = await overlay('card after restyle', (v) => v.card !== null);
        expect(await computed(cdp, o.card as NonNullable<OverlayView['card']>, Object.keys(styleBefore))).toEqual(styleBefore);
        expect(textOf(o.card as NonNullable<OverlayView['card']>)).not.toContain('FAKE CARD');
        // The page's fake "card" in the host's light DOM has no slot to render into.
        const fakeBox = await page.evaluate(() => {
          const fake = document.querySelector('attune-overlay > .card') as HTMLElement | null;
          const r = fake?.getBoundingClientRect();
          return r ? r.width * r.height : -1;
        });
        expect(fakeBox).toBe(0);
      }

      // 7. Real Enter applies the focused suggestion (the protections did not just break applying).
      await page.keyboard.press('Enter');
      const applied = await until('the real Enter to apply a suggestion', async () => {
        const v = await value(page);
        return v !== TYPED ? v : null;
      });
      expect(applied.startsWith('I hear you <img src=x onerror="window.__pwned=1"> <b>ok</b>. ')).toBe(true);
      expect(applied).not.toContain(PHRASE);

      // Nothing ran from the typed markup, and nothing was caught by the page's patches.
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      expectNothingLeaked(await attack(page, 'read'), ['Take all the time you need', 'Suggestion applied'], true);
    });

    // Only Chromium's driver can look inside the closed shadow root, so only there is the card's DOM read.
    if (kind === 'chromium') {
      it('shows markup typed into the field as text in the card, never as elements (read through the DevTools protocol)', {
        timeout: 90_000,
      }, async () => {
        await page.goto(`${server.origin}/hostile.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
        const draft = "Why don't you try <b>yoga</b> tonight."; // the advice rule reuses these words in its rewrite
        await focus(page, '#field');
        await page.keyboard.type(draft);
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowLeft');
        await until('underline of the advice', async () => ((await readOverlay(cdp!))?.marks.length ? true : null), 20_000);
        await realShortcut(page);
        const o = await overlay('the card with the rewrite', (v) => v.card !== null && textOf(v.card).includes('yoga'));
        const card = o.card as NonNullable<OverlayView['card']>;
        expect(textOf(card)).toContain('<b>yoga</b>');
        expect([...walk(card)].filter((n) => n.localName === 'b' || n.localName === 'img')).toEqual([]);
      });
    }
  });
}
