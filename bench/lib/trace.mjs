// Reading Chromium trace events: main-thread tasks and the time attributable to the extension.

export function events(buffer) {
  const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
  return Array.isArray(json) ? json : json.traceEvents;
}

/** pid:tid of every renderer main thread (CrRendererMain) in the trace. */
export function rendererMains(evs) {
  return new Set(
    evs.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
}

/** The renderer process(es) of the pages at `origin` (from the trace's frame list), when the trace has it. */
export function pagePids(evs, origin) {
  const pids = new Set();
  for (const e of evs) {
    const frames = e.args?.data?.frames;
    if (Array.isArray(frames)) for (const f of frames) if (String(f.url ?? '').startsWith(origin) && f.processId) pids.add(f.processId);
    const d = e.args?.data;
    if (d?.url && String(d.url).startsWith(origin) && e.name === 'FrameCommittedInBrowser' && d.processId) pids.add(d.processId);
  }
  return pids;
}

const isTask = (e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/** Top-level task durations (ms) on the main threads of `pids` (all renderer mains when pids is empty). */
export function mainTasks(evs, pids) {
  const mains = rendererMains(evs);
  return evs
    .filter((e) => isTask(e) && mains.has(`${e.pid}:${e.tid}`) && (!pids?.size || pids.has(e.pid)))
    .map((e) => ({ ms: e.dur / 1000, cpu: (e.tdur ?? e.dur) / 1000, ts: e.ts }));
}

/** Outermost events whose script URL is the extension's: wall and thread (CPU) ms, summed without double counting. */
export function extensionTime(evs, prefix = 'chrome-extension://') {
  const url = (e) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.scriptName ?? '';
  const hits = evs.filter((e) => e.ph === 'X' && String(url(e)).startsWith(prefix)).sort((a, b) => a.ts - b.ts);
  let wall = 0;
  let cpu = 0;
  let longest = 0;
  const end = new Map();
  for (const e of hits) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (end.get(key) ?? -1)) continue; // nested inside an event already counted
    end.set(key, e.ts + e.dur);
    wall += e.dur / 1000;
    cpu += (e.tdur ?? e.dur) / 1000;
    longest = Math.max(longest, e.dur / 1000);
  }
  return { wall, cpu, longest, events: hits.length };
}
