// The engine timed inside Chromium's V8 (where the extension's background runs it), bundled for a page by
// browser-bench.mjs: the same keystroke and cold-5k runs as bench/engine.ts, without process.cpuUsage.
import { mulberry32 } from '../scripts/mulberry32.mjs';
import { createIncrementalAnalyzer } from '../src/engine';

function keystrokes(draft: string, count: number, seed: number, warmup = 50): number[] {
  const random = mulberry32(seed);
  const analyzer = createIncrementalAnalyzer();
  let text = draft;
  analyzer.update(text);
  const times: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const ch = random() < 0.16 ? ' ' : String.fromCharCode(97 + Math.floor(random() * 26));
    text = text.slice(0, at) + ch + text.slice(at);
    const t0 = performance.now();
    analyzer.update(text);
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return times;
}

function cold(draft: string): number {
  const analyzer = createIncrementalAnalyzer();
  const t0 = performance.now();
  analyzer.update(draft);
  return performance.now() - t0;
}

(globalThis as unknown as { attuneBench: unknown }).attuneBench = { keystrokes, cold };
