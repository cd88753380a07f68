// Trust (#7): a huge text never makes the page janky. About 1 MB goes into a field; Attune checks its start (the engine
// checks 100,000 characters) in slices in the background and says the rest was not checked. A Chromium trace of the
// whole analysis must show no task on the page's main thread in which Attune's code (with the layout it forces) runs
// longer than 50 ms (thread CPU time, so a busy machine does not fail it; the page's own rendering of its huge text is
// not counted), partial results must come before the end, and the user must see the "too long to check in full" note.
// Chromium only: Firefox has no comparable trace from the test driver (trust-robust checks the note there).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AttuneState, waitForState } from './harness/attune-state.ts';
import { launchWithExtension } from './harness/browser.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { mainThreadTasks, pagePids, parseTrace } from './harness/trace.ts';
import { PAGES_SRC, focus } from './trust-helpers.ts';

const LONG_TASK_MS = 50;
const HUGE_CHARS = 1_000_000;
const debug = process.env.ATTUNE_E2E_DEBUG === '1';

type HookField = AttuneState['fields'][number] & { id: string | null; pending: number; truncated: boolean };
const fieldById = (s: AttuneState, id: string) => (s.fields as HookField[]).find((f) => f.id === id);

describe('trust: a huge text is checked in slices and never blocks the page (chromium)', () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;

  beforeAll(async () => {
    server = await servePages(PAGES_SRC);
    browser = await launchWithExtension('chromium', inject('attuneE2E').extensions.chromium);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    await page?.close().catch(() => {});
  });

  for (const [id, kind] of [
    ['huge', 'textarea'],
    ['hugece', 'contenteditable'],
  ] as const) {
    it(`about 1 MB in a ${kind}: no task of Attune's over ${LONG_TASK_MS} ms on the page, and the note is shown`, {
      timeout: 240_000,
    }, async () => {
      page = await browser.newPage();
      await page.goto(`${server.origin}/huge.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
      await page.waitForFunction(() => document.documentElement.dataset.attuneTest !== undefined, { timeout: 15_000 });
      // One-time loading (Attune's page code, the engine in the background) happens first, on a small field.
      await focus(page, '#warm');
      await page.keyboard.type('Just calm down.');
      await waitForState(page.mainFrame(), 'a finding in the warm-up field', (s) => fieldById(s, 'warm')?.findings.length, 20_000);

      await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
      // The page itself puts the text in (as a paste or a draft restore would), then the user focuses the field.
      await page.$eval(
        `#${id}`,
        (el, chars) => {
          const text = (window as unknown as { __hugeText(n: number): string }).__hugeText(chars);
          if (el instanceof HTMLTextAreaElement) el.value = text;
          else el.textContent = text;
        },
        HUGE_CHARS,
      );
      // The user focuses the field and goes back to its start, where the checked part (and its underlines) is.
      await focus(page, `#${id}`);
      await page.$eval(`#${id}`, (el) => {
        if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, 0);
        else getSelection()?.collapse(el.firstChild, 0);
        el.scrollTop = 0;
      });
      let mostPending = 0;
      const done = await waitForState(
        page.mainFrame(),
        'the huge field analysed as far as it is checked',
        (s) => {
          const f = fieldById(s, id);
          mostPending = Math.max(mostPending, f?.pending ?? 0);
          return f?.truncated && f.pending === 0 && f.findings.some((x) => x.rects.length > 0) ? f : null;
        },
        200_000,
      );
      // Analysed in slices: partial results (sentences still pending) came before the end.
      expect(mostPending, 'some sentences were still pending in an earlier result').toBeGreaterThan(0);
      const note = await page.evaluate(
        () => document.querySelector('attune-overlay')?.shadowRoot?.querySelector('.note')?.textContent ?? null,
      );
      const events = parseTrace((await page.tracing.stop()) ?? new Uint8Array());
      const ours = mainThreadTasks(events, pagePids(events, server.origin)).filter((t) => t.extension);
      const longest = [...ours].sort((a, b) => b.extensionCpuMs - a.extensionCpuMs);
      if (debug) {
        console.log(`${kind}: ${ours.length} tasks ran Attune's code; the longest (Attune cpu/wall, task cpu/wall ms):`);
        for (const t of longest.slice(0, 5))
          console.log(
            `  ${t.extensionCpuMs.toFixed(1)} / ${t.extensionMs.toFixed(1)}, ${t.cpuMs.toFixed(1)} / ${t.ms.toFixed(1)}  ${t.what.join(', ')}`,
          );
        const names = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => `${e.pid} ${e.args?.name}`));
        console.log([...names].join('; '));
      }
      expect(ours.length, 'the trace saw Attune work on the page').toBeGreaterThan(0);
      expect(longest[0]?.extensionCpuMs ?? 0, `longest task running Attune's code: ${longest[0]?.what.join(', ')}`).toBeLessThanOrEqual(
        LONG_TASK_MS,
      );
      expect(note).toBe('This message is too long to check in full');
      expect(done.findings.length, 'findings in the checked start are drawn').toBeGreaterThan(10);
    });
  }
});
