// Reading a Chromium trace (puppeteer's page.tracing): the top-level tasks of a renderer's main thread, and which of
// them ran Attune's code (any event inside the task whose script URL is the extension's).
export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown>; fileName?: string };
}

export interface Task {
  ms: number;
  cpuMs: number;
  /** Time of the extension's own events in the task (outermost ones; layout they force is inside them), wall and CPU. */
  extensionMs: number;
  extensionCpuMs: number;
  ts: number;
  extension: boolean;
  /** The extension's events in the task, and any other event over 5 ms in it (layout, style...). */
  what: string[];
}

export function parseTrace(buffer: Uint8Array): TraceEvent[] {
  const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
  return Array.isArray(json) ? json : json.traceEvents;
}

const scriptUrl = (e: TraceEvent) => String(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.scriptName ?? '');
const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');

/** pid:tid of the threads called `threadName` (e.g. CrRendererMain) in renderer processes showing `origin`. */
function threads(evs: TraceEvent[], threadName: string): Set<string> {
  return new Set(
    evs.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === threadName).map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Renderer processes that showed a frame of `origin`. */
export function pagePids(evs: TraceEvent[], origin: string): Set<number> {
  const pids = new Set<number>();
  for (const e of evs) {
    const d = e.args?.data as { frames?: { url?: string; processId?: number }[]; url?: string; processId?: number } | undefined;
    for (const f of d?.frames ?? []) if (String(f.url ?? '').startsWith(origin) && f.processId) pids.add(f.processId);
    if (e.name === 'FrameCommittedInBrowser' && d?.url?.startsWith(origin) && d.processId) pids.add(d.processId);
  }
  return pids;
}

/** Top-level tasks of the main threads of `pids`, each marked whether Attune's code ran in it. */
export function mainThreadTasks(evs: TraceEvent[], pids: Set<number>, urlPrefix = 'chrome-extension://'): Task[] {
  const mains = threads(evs, 'CrRendererMain');
  const onMain = (e: TraceEvent) => mains.has(`${e.pid}:${e.tid}`) && pids.has(e.pid);
  const ext = evs.filter((e) => e.ph === 'X' && onMain(e) && scriptUrl(e).startsWith(urlPrefix));
  const heavy = evs.filter((e) => e.ph === 'X' && onMain(e) && (e.dur ?? 0) > 5000 && !isTask(e));
  return evs
    .filter((e) => isTask(e) && onMain(e))
    .map((t) => {
      const end = t.ts + (t.dur ?? 0);
      const inside = ext.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end).sort((a, b) => a.ts - b.ts);
      let extensionMs = 0;
      let extensionCpuMs = 0;
      let covered = -1;
      for (const e of inside) {
        if (e.ts < covered) continue; // nested in one already counted
        covered = e.ts + (e.dur ?? 0);
        extensionMs += (e.dur ?? 0) / 1000;
        extensionCpuMs += (e.tdur ?? e.dur ?? 0) / 1000;
      }
      return {
        ms: (t.dur ?? 0) / 1000,
        cpuMs: (t.tdur ?? t.dur ?? 0) / 1000,
        extensionMs,
        extensionCpuMs,
        ts: t.ts,
        extension: inside.length > 0,
        what: [
          ...new Set(inside.map((e) => `${e.name} ${scriptUrl(e).replace(/^chrome-extension:\/\/[^/]+/, '')}`)),
          ...heavy
            .filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end && !inside.includes(e))
            .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms`),
        ],
      };
    });
}
