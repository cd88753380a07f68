// Summarises a V8 .cpuprofile: self time and inclusive time per function, and per source file.
import { readFileSync } from 'node:fs';

export function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000);
  const key = (n) => `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  const files = new Map();
  for (const [id, ms] of dt) {
    const n = byId.get(id);
    self.set(key(n), (self.get(key(n)) ?? 0) + ms);
    files.set(
      short(n.callFrame.url) || n.callFrame.functionName,
      (files.get(short(n.callFrame.url) || n.callFrame.functionName) ?? 0) + ms,
    );
    // Inclusive: every distinct function on the stack gets the sample once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  }
  const all = [...dt.values()].reduce((a, b) => a + b, 0);
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => ({ fn: k, ms: Math.round(v), pct: Math.round((v / all) * 1000) / 10 }));
  return { total_ms: Math.round(all), self: top(self, 25), inclusive: top(total, 40), files: top(files, 15) };
}

function short(url) {
  return url
    .replace(/^file:\/\//, '')
    .replace(/.*node_modules\//, '')
    .replace(/.*\/bench\//, 'bench/');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarise(JSON.parse(readFileSync(process.argv[2], 'utf8')));
  console.log(JSON.stringify(s, null, 1));
}
