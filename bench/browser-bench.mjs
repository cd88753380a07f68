// Chromium measurements through the DevTools Protocol, on pages served from 127.0.0.1:
//  page_idle_ms           main-thread time of the content script on a page with no editable field (trace events
//                         whose script URL is chrome-extension://: evaluation of content.js and anything it runs)
//  typing_long_task_max_ms the longest main-thread task on the page's renderer while typing into a textarea and a
//                         contenteditable at 10 characters a second, with the extension (and the same without, for reference)
//  chromium_keystroke_p50/_p95, chromium_cold_5k  the engine's keystroke and cold-5k runs (as in node-bench) inside
//                         Chromium's V8, on a 127.0.0.1 page: the extension's background runs the engine in the same
//                         V8, and Node 20's older V8 is markedly slower on it (docs/performance.md)
//  heap_mb                JS heap the extension adds after analysing the 5,000-character draft: the page's V8 heap
//                         (Runtime.getHeapUsage after forced GC; content scripts share the page's isolate) with the
//                         extension minus the same steps without it
import { resolve } from 'node:path';
import { bundle } from './lib/bundle.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { draft } from './lib/corpus.mjs';
import { idlePage, typingPage } from './lib/pages.mjs';
import { serve } from './lib/server.mjs';
import { median, percentile } from './lib/stats.mjs';
import { events, extensionTime, mainTasks, pagePids } from './lib/trace.mjs';
import { focusEnd, prefill, settle, sleep } from './lib/page-steps.mjs';

function launch(extDir) {
  return launchChromium({ extDir: extDir ? resolve(extDir) : undefined });
}

/** The engine's keystroke and cold-5k runs in a page of the browser without the extension. */
async function engineInChromium(browser, origin, quick) {
  const { file } = await bundle('bench/engine-page.ts', { external: false, outName: 'engine-page.mjs' });
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/idle.html`);
    await page.addScriptTag({ path: file, type: 'module' });
    await page.waitForFunction(() => globalThis.attuneBench);
    const d2k = draft(2000);
    const d5k = draft(5000);
    const seeds = quick ? [1] : [1, 2, 3];
    // A whole unmeasured run first (another seed) brings the JIT to steady state, as in node-bench.mjs.
    const first = await page.evaluate((d) => globalThis.attuneBench.keystrokes(d, 500, 1000), d2k);
    const runs = [];
    for (const seed of seeds) runs.push(await page.evaluate((d, s) => globalThis.attuneBench.keystrokes(d, 500, s), d2k, seed));
    const colds = [];
    for (let i = 0; i < (quick ? 5 : 9); i++) colds.push(await page.evaluate((d) => globalThis.attuneBench.cold(d), d5k));
    return {
      chromium_keystroke_p50: median(runs.map((r) => median(r))),
      chromium_keystroke_p95: median(runs.map((r) => percentile(r, 95))),
      chromium_keystroke_p95_first_run: percentile(first, 95),
      chromium_cold_5k: median(colds.slice(2)),
    };
  } finally {
    await page.close();
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

      log('chromium: the engine in the browser’s V8 (keystrokes, cold 5k)');
      Object.assign(out, await engineInChromium(bare, server.origin, quick));

      log('chromium: heap after analysing the 5k draft (with and without the extension)');
      const heaps = [];
      for (let i = 0; i < (quick ? 1 : 3); i++) heaps.push((await heap(withExt, server.origin)) - (await heap(bare, server.origin)));
      out.heap_mb = median(heaps);

      // Full: 2,000 characters typed into each field at 10/s (~200 s each). Quick: 1,800 pasted, 200 typed.
      const plan = quick ? { prefillChars: 1800, typeChars: 200 } : { prefillChars: 0, typeChars: 2000 };
      log(`chromium: typing ${plan.typeChars} characters at 10/s into a textarea and a contenteditable (with the extension)`);
      const typed = await typing(withExt, server.origin, plan);
      log('chromium: the same typing without the extension (reference)');
      // The same plan as with the extension: over ~4 minutes of typing this machine shows long tasks of its own.
      const baseline = await typing(bare, server.origin, plan);
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

// ---- end-to-end latency (needs the TEST build: it reads the test hook) ----
// first_findings_ms: a fresh tab, first focus of a textarea, "Just calm down." typed at 30 ms a key: from the last
//   input event to the hook publishing a drawn underline (includes the 150 ms pause Attune waits for). The first
//   run is in a just-started browser (cold: engine or background not loaded yet); later runs in new tabs.
// update_ms: later sentences typed in the same field: from the last input event to the new underline drawn.

const LATENCY_PROBE = () => {
  // Main world of the page: timestamps of input events and of each state the test hook publishes.
  const lat = { inputs: [], states: [], focusAt: null };
  window.__lat = lat;
  document.addEventListener('input', () => lat.inputs.push(performance.now()), true);
  document.addEventListener('focusin', () => (lat.focusAt ??= performance.now()), true);
  new MutationObserver(() => {
    const raw = document.documentElement.dataset.attuneTest;
    if (!raw) return;
    const s = JSON.parse(raw);
    const drawn = s.fields.reduce((n, f) => n + f.findings.filter((x) => x.rects.length > 0).length, 0);
    lat.states.push({ t: performance.now(), drawn });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-attune-test'] });
};

async function typeAndWait(page, text, expected, paste = false) {
  const lastInputBefore = await page.evaluate(() => window.__lat.inputs.length);
  // A paste is one input event (Input.insertText): the time to findings then includes loading whatever analyses.
  if (paste) await page.keyboard.sendCharacter(text);
  else await page.keyboard.type(text, { delay: 30 });
  await page.waitForFunction(
    (n, k) => {
      const { inputs, states } = window.__lat;
      const last = inputs[inputs.length - 1];
      return inputs.length > k && states.some((s) => s.t > last && s.drawn >= n);
    },
    { timeout: 30_000, polling: 20 },
    expected,
    lastInputBefore,
  );
  return page.evaluate((n) => {
    const { inputs, states, focusAt } = window.__lat;
    const last = inputs[inputs.length - 1];
    const drawnAt = states.find((s) => s.t > last && s.drawn >= n).t;
    return { afterInput: drawnAt - last, afterFocus: drawnAt - focusAt };
  }, expected);
}

async function openProbed(browser, origin) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(`(${LATENCY_PROBE})()`);
  await page.goto(`${origin}/typing.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.attuneTest !== undefined, { timeout: 15_000 });
  return page;
}

export async function latencyBench({ extDir, runs = 5, updates = 8, log = () => {} }) {
  const server = await serve({ '/typing.html': typingPage() });
  const first = [];
  const firstFromFocus = [];
  const updatesMs = [];
  const pasted = [];
  let cold = null;
  let pastedCold = null;
  try {
    // Pasted on first focus: nothing overlaps the load. Run 0 in a just-started browser.
    const pasting = await launch(extDir);
    try {
      for (let i = 0; i < runs; i++) {
        const page = await openProbed(pasting, server.origin);
        await page.focus('#ta');
        const r = await typeAndWait(page, 'Just calm down.', 1, true);
        if (i === 0) pastedCold = r.afterInput;
        else pasted.push(r.afterInput);
        await page.close();
      }
    } finally {
      await pasting.close();
    }
    log('latency: pasted');
    const browser = await launch(extDir);
    try {
      for (let i = 0; i < runs; i++) {
        const page = await openProbed(browser, server.origin);
        await page.focus('#ta');
        const r = await typeAndWait(page, 'Just calm down.', 1);
        if (i === 0) cold = r;
        else {
          first.push(r.afterInput);
          firstFromFocus.push(r.afterFocus);
        }
        if (i === runs - 1) {
          const sentences = [
            'It is not a big deal.',
            'Look on the bright side.',
            'You are being dramatic.',
            'Everything happens for a reason.',
          ];
          for (let k = 0; k < updates; k++) {
            await sleep(400);
            const u = await typeAndWait(page, ` ${sentences[k % sentences.length]}`, k + 2);
            updatesMs.push(u.afterInput);
          }
        }
        await page.close();
        log(`latency run ${i + 1}/${runs}`);
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
  return {
    first_paste_cold_ms: pastedCold,
    first_paste_ms: median(pasted),
    first_findings_cold_ms: cold.afterInput,
    first_findings_cold_from_focus_ms: cold.afterFocus,
    first_findings_ms: median(first),
    first_findings_from_focus_ms: median(firstFromFocus),
    update_ms: median(updatesMs),
    update_max_ms: Math.max(...updatesMs),
    samples: { pasted, first, updates: updatesMs },
  };
}

// node bench/browser-bench.mjs --latency <test-build chrome dir>  (build one with scripts/build-extension.mjs chrome <dir> --test)
if (process.argv[1]?.endsWith('browser-bench.mjs') && process.argv.includes('--latency')) {
  const dir = process.argv[process.argv.indexOf('--latency') + 1];
  const out = await latencyBench({ extDir: dir, log: (m) => process.stderr.write(`· ${m}\n`) });
  process.stdout.write(`${JSON.stringify(out, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}\n`);
}
