// Chromium measurements through the DevTools Protocol, on pages served from 127.0.0.1:
//  page_idle_ms           main-thread time of the content script on a page with no editable field (trace events
//                         whose script URL is chrome-extension://: evaluation of content.js and anything it runs)
//  typing_long_task_max_ms the longest main-thread task on the page's renderer while typing into a textarea and a
//                         contenteditable at 10 characters a second, with the extension (and the same without, for reference)
//  heap_mb                JS heap the extension adds after analysing the 5,000-character draft: the page's V8 heap
//                         (Runtime.getHeapUsage after forced GC; content scripts share the page's isolate) with the
//                         extension minus the same steps without it
import puppeteer from 'puppeteer-core';
import { resolve } from 'node:path';
import { draft } from './lib/corpus.mjs';
import { idlePage, typingPage } from './lib/pages.mjs';
import { serve } from './lib/server.mjs';
import { median } from './lib/stats.mjs';
import { events, extensionTime, mainTasks, pagePids } from './lib/trace.mjs';

const CHROMIUM = process.env.ATTUNE_CHROMIUM ?? '/usr/bin/chromium';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch(extDir) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    ...(extDir ? { enableExtensions: [resolve(extDir)] } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--window-size=1000,800',
    ],
    defaultViewport: { width: 1000, height: 800 },
  });
}

/** Waits until the page's main thread has had an idle period (a long analysis task would delay it). */
async function settle(page, rounds = 3) {
  for (let i = 0; i < rounds; i++) {
    await sleep(300);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 30000 })));
  }
}

async function pageIdle(browser, origin, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.tracing.start({
      categories: ['devtools.timeline', 'v8.execute', 'v8', 'toplevel', 'disabled-by-default-devtools.timeline'],
    });
    await page.goto(`${origin}/idle.html`, { waitUntil: 'load' });
    // document_idle injection happens shortly after load; leave time for anything the script schedules.
    await settle(page);
    await sleep(1500);
    const evs = events(await page.tracing.stop());
    results.push(extensionTime(evs));
    await page.close();
  }
  return results;
}

async function focusEnd(page, selector) {
  await page.focus(selector);
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
    else {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
  }, selector);
}

/** Puts text in a field as a paste would (value + input event), so the extension analyses it. */
async function prefill(page, selector, text) {
  await page.evaluate(
    (sel, t) => {
      const el = document.querySelector(sel);
      if (el instanceof HTMLTextAreaElement) el.value = t;
      else el.textContent = t;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    selector,
    text,
  );
}

async function typing(browser, origin, { prefillChars, typeChars }) {
  const text = draft(prefillChars + typeChars, 40);
  const out = {};
  for (const [field, selector] of [
    ['textarea', '#ta'],
    ['contenteditable', '#ce'],
  ]) {
    const page = await browser.newPage();
    await page.goto(`${origin}/typing.html`, { waitUntil: 'load' });
    await settle(page);
    await focusEnd(page, selector);
    if (prefillChars) {
      await prefill(page, selector, text.slice(0, prefillChars));
      await focusEnd(page, selector);
      await settle(page);
    }
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
    const t0 = Date.now();
    await page.keyboard.type(text.slice(prefillChars).replace(/\n/g, ' '), { delay: 100 });
    await settle(page);
    const evs = events(await page.tracing.stop());
    const pids = pagePids(evs, origin);
    const tasks = mainTasks(evs, pids);
    const ext = extensionTime(evs);
    out[field] = {
      seconds: (Date.now() - t0) / 1000,
      long_task_max_ms: Math.max(0, ...tasks.map((t) => t.ms)),
      long_task_max_cpu_ms: Math.max(0, ...tasks.map((t) => t.cpu)),
      tasks_over_16ms: tasks.filter((t) => t.ms > 16).length,
      ext_longest_ms: ext.longest,
      ext_total_ms: ext.wall,
    };
    await page.close();
  }
  return out;
}

async function heap(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/typing.html`, { waitUntil: 'load' });
  await settle(page);
  await focusEnd(page, '#ta');
  await prefill(page, '#ta', draft(5000));
  await settle(page, 5);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize / 2 ** 20;
}

export async function browserBench({ extDir = 'bench/.output/chrome-mv3', quick = false, log = () => {} } = {}) {
  const server = await serve({ '/idle.html': idlePage(), '/typing.html': typingPage() });
  const out = {};
  try {
    const withExt = await launch(extDir);
    const bare = await launch(null);
    try {
      out.chromium = (await withExt.version()).replace(/^HeadlessChrome\//, '');
      log('chromium: idle page');
      const idle = await pageIdle(withExt, server.origin, quick ? 3 : 5);
      out.page_idle_ms = median(idle.map((r) => r.wall));
      out.page_idle_cpu_ms = median(idle.map((r) => r.cpu));

      log('chromium: heap after analysing the 5k draft (with and without the extension)');
      const heaps = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) heaps.push((await heap(withExt, server.origin)) - (await heap(bare, server.origin)));
      out.heap_mb = median(heaps);

      // Full: 2,000 characters typed into each field at 10/s (~200 s each). Quick: 1,800 pasted, 200 typed.
      const plan = quick ? { prefillChars: 1800, typeChars: 200 } : { prefillChars: 0, typeChars: 2000 };
      log(`chromium: typing ${plan.typeChars} characters at 10/s into a textarea and a contenteditable (with the extension)`);
      const typed = await typing(withExt, server.origin, plan);
      log('chromium: the same typing without the extension (reference)');
      const baseline = await typing(bare, server.origin, quick ? plan : { prefillChars: 1800, typeChars: 200 });
      out.typing_long_task_max_ms = Math.max(typed.textarea.long_task_max_ms, typed.contenteditable.long_task_max_ms);
      out.typing = { plan, with_extension: typed, without_extension: baseline };
    } finally {
      await withExt.close();
      await bare.close();
    }
  } finally {
    await server.close();
  }
  return out;
}
