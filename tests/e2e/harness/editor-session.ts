// One editor page opened in a browser tab: drives it with real input and reads both sides
// (the editor's own model through the page's globals, the extension's state through the test hook).
import type { Browser, Frame, Page } from 'puppeteer-core';
import { type AttuneState, type HookFinding, type Rect, readState, waitForHook, waitForState } from './attune-state.ts';
import type { EditorPage } from './editors.ts';

type PageGlobals = {
  __model(): string;
  __edit(find: string, repl: string): void;
  __phraseRects(phrase: string): Rect[];
  __fieldRect(): Rect;
  __frameOffset(): { x: number; y: number };
  __fieldFocused(): boolean;
  __scrollField(dy: number, dx?: number): { top: number; left: number };
  __scrollPosition(): { top: number; left: number };
};
type PageCall = {
  [K in keyof PageGlobals]-?: PageGlobals[K] extends (...args: infer A) => infer R ? [A, R] : never;
};

export class EditorSession {
  private constructor(
    readonly page: Page,
    /** The frame whose <html> carries the test hook: the iframe for iframe editors. */
    readonly hookFrame: Frame,
    readonly editor: EditorPage,
  ) {}

  static async open(browser: Browser, url: string, editor: EditorPage): Promise<EditorSession> {
    // Rarely (about 1 load in 150 on a loaded 2-core machine) a fresh tab never runs the page's script; one
    // more tab is tried so an infrastructure hiccup does not fail a behaviour test. Twice in a row is a failure.
    let loaded: { page: Page; pageErrors: string[] };
    try {
      loaded = await EditorSession.load(browser, url, editor, 20_000);
    } catch (first) {
      console.warn(`[e2e] ${String((first as Error).message)}; retrying once in a new tab`);
      loaded = await EditorSession.load(browser, url, editor, 30_000);
    }
    const { page, pageErrors } = loaded;
    const hookFrame = editor.inIframe ? page.mainFrame().childFrames()[0] : page.mainFrame();
    if (!hookFrame) throw new Error(`${editor.name}: no iframe found`);
    try {
      await waitForHook(hookFrame);
    } catch (error) {
      await page.close().catch(() => {});
      // A content script that throws on load shows up here (Chromium reports it as a page error).
      throw new Error(`${(error as Error).message} Page errors: ${JSON.stringify(pageErrors)}`);
    }
    return new EditorSession(page, hookFrame, editor);
  }

  private static async load(
    browser: Browser,
    url: string,
    editor: EditorPage,
    timeout: number,
  ): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    const started = Date.now();
    try {
      await page.goto(url, { waitUntil: 'load', timeout });
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, {
        timeout: Math.max(timeout - (Date.now() - started), 1_000),
        polling: 100,
      });
      return { page, pageErrors };
    } catch (error) {
      // Can the page still run script at all? Tells a hung renderer from a page that failed to start.
      const probe = await Promise.race([
        page.evaluate(() => ({ readyState: document.readyState, ready: (window as unknown as { __ready?: boolean }).__ready ?? null })),
        new Promise((resolve) => setTimeout(() => resolve('no answer in 3 s'), 3_000)),
      ]).catch((e: unknown) => String(e));
      await page.close().catch(() => {});
      throw new Error(
        `${editor.name}: the page's editor was not ready after ${Date.now() - started} ms (${String(error)}); ` +
          `page state: ${JSON.stringify(probe)}; page errors: ${JSON.stringify(pageErrors)}`,
      );
    }
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }

  /** Calls one of the page's globals (see tests/e2e/pages/common.js) in the top page. */
  private call<K extends keyof PageCall>(name: K, ...args: PageCall[K][0]): Promise<PageCall[K][1]> {
    return this.page.evaluate(
      (n, a) => (window as unknown as Record<string, (...x: unknown[]) => unknown>)[n]!(...a),
      name as string,
      args as unknown[],
    ) as Promise<PageCall[K][1]>;
  }

  model(): Promise<string> {
    return this.call('__model');
  }

  state(): Promise<AttuneState | null> {
    return readState(this.hookFrame);
  }

  /** Where the page draws `phrase`, in the hook frame's viewport (the coordinates the hook uses). */
  phraseRects(phrase: string): Promise<Rect[]> {
    return this.call('__phraseRects', phrase);
  }

  fieldRect(): Promise<Rect> {
    return this.call('__fieldRect');
  }

  scrollPosition(): Promise<{ top: number; left: number }> {
    return this.call('__scrollPosition');
  }

  scrollField(dy: number, dx = 0): Promise<{ top: number; left: number }> {
    return this.call('__scrollField', dy, dx);
  }

  fieldFocused(): Promise<boolean> {
    return this.call('__fieldFocused');
  }

  /** A change made through the editor's own API, not through the extension. */
  editThroughEditor(find: string, repl: string): Promise<void> {
    return this.call('__edit', find, repl);
  }

  /** Converts a point in the hook frame's viewport to the top page's viewport, for the mouse. */
  async toPagePoint(x: number, y: number): Promise<{ x: number; y: number }> {
    const offset = await this.call('__frameOffset');
    return { x: x + offset.x, y: y + offset.y };
  }

  /** Focuses the field with a real click near its top-left corner (inside the padding box). */
  async clickIntoField(): Promise<void> {
    const rect = await this.fieldRect();
    const point = await this.toPagePoint(rect.x + 12, rect.y + 12);
    await this.page.mouse.click(point.x, point.y);
  }

  /** Real key events; "\n" presses Enter. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: Parameters<Page['keyboard']['press']>[0], times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  async chord(modifiers: Array<'Alt' | 'Shift' | 'Control'>, key: Parameters<Page['keyboard']['press']>[0]): Promise<void> {
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.keyboard.press(key);
    for (const m of [...modifiers].reverse()) await this.page.keyboard.up(m);
  }

  /** A real Ctrl+Z in the editor (never the editor's undo API). */
  undo(): Promise<void> {
    return this.chord(['Control'], 'KeyZ');
  }

  /** Waits for a finding whose text matches `pattern` and that has something drawn. */
  waitForFinding(pattern: RegExp, timeout = 8_000): Promise<HookFinding> {
    return waitForState(
      this.hookFrame,
      `a finding matching ${pattern} with rects`,
      (s) => s.fields.flatMap((f) => f.findings).find((f) => pattern.test(f.text) && f.rects.length > 0),
      timeout,
    );
  }

  async waitForModel(expected: string, what: string, timeout = 5_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let model = await this.model();
    while (model !== expected && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      model = await this.model();
    }
    if (model !== expected) {
      throw new Error(`${what}: the editor's model is ${JSON.stringify(model)}, expected ${JSON.stringify(expected)}`);
    }
  }

  /**
   * The centre of the visible element showing `text` as a suggestion (a button or option in the card),
   * searched through open shadow roots in the hook frame, then the top page; in top-page coordinates.
   */
  async suggestionPoint(text: string): Promise<{ x: number; y: number } | null> {
    const find = (wanted: string) => {
      const clickable = '[role="option"],[role="menuitem"],[role="button"],button,[role="menuitemradio"],li';
      const roots: Array<Document | ShadowRoot> = [document];
      for (let i = 0; i < roots.length; i++) {
        const root = roots[i] as Document | ShadowRoot;
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      for (const root of roots) {
        for (const el of root.querySelectorAll<HTMLElement>(clickable)) {
          const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (label !== wanted && !label.startsWith(`${wanted} `) && !label.endsWith(` ${wanted}`)) continue;
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }
      }
      return null;
    };
    const inHookFrame = await this.hookFrame.evaluate(find, text);
    if (inHookFrame) return this.toPagePoint(inHookFrame.x, inHookFrame.y);
    if (this.hookFrame !== this.page.mainFrame()) return this.page.mainFrame().evaluate(find, text);
    return null;
  }
}
