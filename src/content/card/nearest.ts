// Which finding the keyboard shortcut opens: the one at the caret, else the nearest one before it, else the first after it.
interface Span {
  start: number;
  end: number;
}

export function findingIndexNearCaret(findings: readonly Span[], caret: number): number {
  let best = -1;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Span;
    if (f.start <= caret && caret <= f.end) return i;
    if (f.end <= caret && (best < 0 || f.end > (findings[best] as Span).end)) best = i;
  }
  if (best >= 0) return best;
  let after = -1;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Span;
    if (after < 0 || f.start < (findings[after] as Span).start) after = i;
  }
  return after;
}
