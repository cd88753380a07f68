// Where the renderer's main-thread time goes while typing into the bench's typing page, with and without the
// extension: a Chromium trace of typing N characters, reduced to the longest tasks (CPU = thread time, steadier than
// wall time on a shared machine) and what they contained (script of the extension, layouts it forced, the frame's
// own style/layout/paint).
//
//   node bench/build-extension.mjs            # the shipped build in bench/.output/chrome-mv3
//   node bench/experiments/typing-trace.mjs [--field ce|ta|both] [--prefill 1800] [--type 150] [--delay 100]
//        [--ext bench/.output/chrome-mv3] [--bare] [--both] [--runs 1] [--top 5] [--json] [--profile] [--tree]
//        [--scroll N] [--burst N --pause 500] [--wait 3000] [--first-draw] [--selves KIND]
//
// --scroll N: instead of typing, scroll the prefilled field N times by 7 px (100 ms apart): redraws only.
// --burst N: pause `--pause` ms after every N characters typed (each pause is analysed and drawn).
// --first-draw: start tracing before the prefill, so its analysis and first drawing are in the trace.
// --wait: ms to wait after the prefill, for its first analysis and drawing (engine cold start) before tracing.
// --tree: print each top task's event tree (adds the blink category).
//
// --both runs with the extension and then without (same plan). --profile adds a V8 CPU profile of the page's
// isolate (content scripts share it) summarised per function of the extension (slows the run a little; figures then
// less exact; names are readable with a build made with Vite's build.minify off).
// Kinds of task: key (keydown/keypress/keyup dispatch), frame+raf (a frame running rAF callbacks: Attune's redraw),
// frame, timer, other.
import { resolve } from 'node:path';
import { launchChromium } from '../../scripts/chromium.mjs';
import { draft } from '../lib/corpus.mjs';
import { typingPage } from '../lib/pages.mjs';
import { summarise } from '../lib/profile-summary.mjs';
import { serve } from '../lib/server.mjs';
import { events, pagePids, rendererMains } from '../lib/trace.mjs';
import { focusEnd, prefill, settle, sleep } from '../lib/page-steps.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const flag = (name) => argv.includes(`--${name}`);
const fields = { ce: '#ce', ta: '#ta' };
const which = opt('field', 'both');
const plan = {
  prefill: Number(opt('prefill', 1800)),
  type: Number(opt('type', 150)),
  delay: Number(opt('delay', 100)),
  runs: Number(opt('runs', 1)),
  top: Number(opt('top', 5)),
  scroll: Number(opt('scroll', 0)),
  burst: Number(opt('burst', 0)),
  pause: Number(opt('pause', 500)),
  wait: Number(opt('wait', 3000)),
};
const extDir = resolve(opt('ext', 'bench/.output/chrome-mv3'));
const modes = flag('both') ? ['ext', 'bare'] : flag('bare') ? ['bare'] : ['ext'];

const EXT = 'chrome-extension://';
const r1 = (n) => Math.round(n * 10) / 10;

/** Complete events (X, and B/E pairs) of one thread as {name, ts, end, dur, tdur, args}, sorted, with depth-first nesting. */
function threadEvents(evs, pid, tid) {
  const out = [];
  const open = [];
  for (const e of evs) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X')
      out.push({
        name: e.name,
        ts: e.ts,
        end: e.ts + (e.dur ?? 0),
        dur: (e.dur ?? 0) / 1000,
        tdur: (e.tdur ?? e.dur ?? 0) / 1000,
        args: e.args,
      });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b)
        out.push({
          name: b.name,
          ts: b.ts,
          end: e.ts,
          dur: (e.ts - b.ts) / 1000,
          tdur: ((e.tts ?? 0) - (b.tts ?? 0)) / 1000 || (e.ts - b.ts) / 1000,
          args: { ...b.args, ...e.args },
        });
    }
  }
  out.sort((a, b) => a.ts - b.ts || b.end - a.end);
  // Nest: each event's children are the events inside it.
  const roots = [];
  const stack = [];
  for (const e of out) {
    e.children = [];
    while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && e.end <= parent.end) parent.children.push(e);
    else roots.push(e);
    stack.push(e);
  }
  return roots;
}

const urlOf = (e) => String(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.scriptName ?? '');
const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
const FRAME_WORK = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'Commit',
  'HitTest',
  'IntersectionObserverController::computeIntersections',
]);

/** What a task holds: extension script CPU, layouts/style recalcs inside it (forced), frame work outside it. */
function breakdown(task) {
  const b = { ext: 0, extForcedLayout: 0, extForcedStyle: 0, frame: {}, what: new Set() };
  const visit = (e, inExt) => {
    const ext = !inExt && urlOf(e).startsWith(EXT);
    if (ext) {
      b.ext += e.tdur;
      b.what.add(
        `${e.name}${e.args?.data?.functionName ? `:${e.args.data.functionName}` : ''}${e.args?.data?.type ? `:${e.args.data.type}` : ''}`,
      );
    }
    const under = inExt || ext;
    if (under && e.name === 'Layout') b.extForcedLayout += e.tdur;
    if (under && e.name === 'UpdateLayoutTree') b.extForcedStyle += e.tdur;
    if (!under && FRAME_WORK.has(e.name)) b.frame[e.name] = (b.frame[e.name] ?? 0) + e.tdur;
    if (!under && (e.name === 'EventDispatch' || e.name === 'FireAnimationFrame' || e.name === 'TimerFire'))
      b.what.add(e.args?.data?.type ?? e.name);
    // Frame work is counted at its outermost event only.
    if (!(!under && FRAME_WORK.has(e.name))) for (const c of e.children) visit(c, under);
  };
  for (const c of task.children) visit(c, false);
  return b;
}

/** The task's event tree, as indented lines (events of 0.2 ms CPU or more). */
function dump(task, depth = 0, lines = []) {
  const d = task.args?.data ?? {};
  const label = [d.functionName, d.type, urlOf(task).replace(/^chrome-extension:\/\/[^/]+/, 'ext:')].filter(Boolean).join(' ');
  lines.push(`${'  '.repeat(depth)}${task.name} ${r1(task.tdur)}/${r1(task.dur)}${label ? ` ${label}` : ''}`);
  for (const c of task.children) if (c.tdur >= 0.2 || c.dur >= 0.5) dump(c, depth + 1, lines);
  return lines;
}

async function run(mode, field, origin) {
  const browser = await launchChromium({ extDir: mode === 'ext' ? extDir : undefined });
  try {
    const selector = fields[field];
    const text = draft(plan.prefill + plan.type, 40);
    const page = await browser.newPage();
    await page.goto(`${origin}/typing.html`, { waitUntil: 'load' });
    await settle(page);
    await focusEnd(page, selector);
    const categories = ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'];
    // blink: finer events (forced layouts show as Document::UpdateStyleAndLayout) at some tracing cost.
    if (flag('tree') || flag('blink')) categories.push('blink');
    // --first-draw: trace the prefill's analysis and first drawing (and type nothing unless asked to).
    if (flag('first-draw')) await page.tracing.start({ categories });
    if (plan.prefill) {
      await prefill(page, selector, text.slice(0, plan.prefill));
      await focusEnd(page, selector);
      // The first analysis in a just-started browser loads the engine in the background (~1 s, more under load).
      await sleep(plan.wait);
      await settle(page);
    }
    let cdp = null;
    if (flag('profile')) {
      cdp = await page.createCDPSession();
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    if (!flag('first-draw')) await page.tracing.start({ categories });
    const t0 = Date.now();
    if (plan.scroll) {
      // Redraws only: scroll the field back and forth by a few pixels, one step per 100 ms.
      for (let i = 0; i < plan.scroll; i++) {
        await page.evaluate(
          (sel, dy) => {
            document.querySelector(sel).scrollTop += dy;
          },
          selector,
          i % 20 < 10 ? 7 : -7,
        );
        await sleep(100);
      }
    } else if (plan.burst) {
      // Typing with a pause every `burst` characters, so each pause is analysed and drawn.
      const typed = text.slice(plan.prefill).replace(/\n/g, ' ');
      for (let i = 0; i < typed.length; i += plan.burst) {
        await page.keyboard.type(typed.slice(i, i + plan.burst), { delay: plan.delay });
        await sleep(plan.pause);
      }
    } else await page.keyboard.type(text.slice(plan.prefill).replace(/\n/g, ' '), { delay: plan.delay });
    await settle(page);
    const evs = events(await page.tracing.stop());
    const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
    const seconds = (Date.now() - t0) / 1000;
    const pids = pagePids(evs, origin);
    const mains = [...rendererMains(evs)].map((k) => k.split(':').map(Number)).filter(([pid]) => !pids.size || pids.has(pid));
    const tasks = [];
    for (const [pid, tid] of mains) for (const e of threadEvents(evs, pid, tid)) if (isTask(e)) tasks.push(e);
    const withB = tasks.map((t) => ({ t, b: breakdown(t) }));
    const byCpu = [...withB].sort((x, y) => y.t.tdur - x.t.tdur);
    const sum = (f) => withB.reduce((n, x) => n + f(x), 0);
    const frameSum = (name) => sum((x) => x.b.frame[name] ?? 0);
    // Tasks by kind: count, CPU, and the frame work in them.
    const kinds = {};
    const kindOf = (t) => {
      const names = new Set();
      const walk = (e, d) => {
        names.add(e.name === 'EventDispatch' ? `ev:${e.args?.data?.type}` : e.name);
        if (d < 6) for (const c of e.children) walk(c, d + 1);
      };
      walk(t, 0);
      if (names.has('ev:keypress') || names.has('ev:keydown') || names.has('ev:keyup')) return 'key';
      if (names.has('FireAnimationFrame')) return 'frame+raf';
      if (names.has('WebFrameWidgetImpl::BeginMainFrame') || names.has('UpdateLayoutTree') || names.has('Paint')) return 'frame';
      if (names.has('TimerFire')) return 'timer';
      return 'other';
    };
    for (const { t, b } of withB) {
      const k = (kinds[kindOf(t)] ??= { n: 0, cpu: 0, ext: 0, Layout: 0, Paint: 0, PrePaint: 0, Layerize: 0, Commit: 0 });
      k.n++;
      k.cpu += t.tdur;
      k.ext += b.ext;
      for (const n of ['Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit']) k[n] += b.frame[n] ?? 0;
    }
    for (const k of Object.values(kinds)) for (const n of Object.keys(k)) if (n !== 'n') k[n] = r1(k[n]);
    // --selves KIND: self CPU by event name over that kind's tasks (what a kind of task spends its time on).
    let selves = null;
    if (opt('selves')) {
      const acc = new Map();
      const visit = (e) => {
        const self = e.tdur - e.children.reduce((n, c) => n + c.tdur, 0);
        const d = e.args?.data ?? {};
        const key = `${e.name}${d.type ? `:${d.type}` : ''}${urlOf(e).startsWith(EXT) ? ':ext' : ''}`;
        acc.set(key, (acc.get(key) ?? 0) + self);
        for (const c of e.children) visit(c);
      };
      for (const { t } of withB) if (kindOf(t) === opt('selves')) visit(t);
      selves = Object.fromEntries(
        [...acc]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 25)
          .map(([k, v]) => [k, r1(v)]),
      );
    }
    const out = {
      mode,
      field,
      seconds: r1(seconds),
      tasks: tasks.length,
      longest_wall_ms: r1(Math.max(...tasks.map((t) => t.dur))),
      longest_cpu_ms: r1(byCpu[0]?.t.tdur ?? 0),
      over16_wall: tasks.filter((t) => t.dur > 16).length,
      over8_cpu: tasks.filter((t) => t.tdur > 8).length,
      cpu_total_ms: r1(sum((x) => x.t.tdur)),
      ext_cpu_total_ms: r1(sum((x) => x.b.ext)),
      ext_longest_cpu_ms: r1(Math.max(0, ...withB.map((x) => x.b.ext))),
      ext_forced_layout_ms: r1(sum((x) => x.b.extForcedLayout)),
      ext_forced_style_ms: r1(sum((x) => x.b.extForcedStyle)),
      kinds,
      ...(selves ? { selves } : {}),
      frame_ms: Object.fromEntries([...FRAME_WORK].map((n) => [n, r1(frameSum(n))]).filter(([, v]) => v > 0)),
      top: byCpu.slice(0, plan.top).map(({ t, b }) => ({
        cpu: r1(t.tdur),
        wall: r1(t.dur),
        ext: r1(b.ext),
        forced_layout: r1(b.extForcedLayout),
        forced_style: r1(b.extForcedStyle),
        frame: Object.fromEntries(
          Object.entries(b.frame)
            .map(([k, v]) => [k, r1(v)])
            .filter(([, v]) => v >= 0.1),
        ),
        what: [...b.what].slice(0, 6).join(' '),
        ...(flag('tree') ? { tree: dump(t) } : {}),
      })),
    };
    if (profile) {
      const s = summarise(profile);
      const isExt = (x) => /chrome-extension|content-main/.test(x.fn);
      const short = (x) => `${x.ms} ${x.fn.replace(/chrome-extension:\/\/[^/]+\//, '')}`;
      out.profile = { self: s.self.filter(isExt).slice(0, 15).map(short), inclusive: s.inclusive.filter(isExt).slice(0, 25).map(short) };
    }
    await page.close();
    return out;
  } finally {
    await browser.close();
  }
}

const server = await serve({ '/typing.html': typingPage() });
try {
  const results = [];
  for (const field of which === 'both' ? ['ta', 'ce'] : [which]) {
    for (let i = 0; i < plan.runs; i++) {
      for (const mode of modes) {
        const r = await run(mode, field, server.origin);
        results.push(r);
        if (!flag('json')) {
          const { top, profile, ...head } = r;
          console.log(JSON.stringify(head));
          for (const { tree, ...t } of top) {
            console.log(`   ${JSON.stringify(t)}`);
            if (tree) console.log(tree.map((l) => `      ${l}`).join('\n'));
          }
          if (profile) console.log(JSON.stringify(profile, null, 1));
        }
      }
    }
  }
  if (flag('json')) console.log(JSON.stringify({ plan, results }));
} finally {
  await server.close();
}
