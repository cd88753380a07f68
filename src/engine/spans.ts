// Character spans of compromise matches inside one sentence.
import type { Doc, Regs } from './compromise';

export interface Span {
  start: number;
  end: number;
}

interface Term {
  offset?: { start: number; length: number };
}

/** The character span a view covers: first term start to last non-empty term end (punctuation excluded). */
export function spanOf(view: Doc): Span | null {
  return termsSpan((view as unknown as { docs: Term[][] }).docs.flat());
}

/** The same for a list of terms (offsets computed). */
export function termsSpan(terms: readonly unknown[]): Span | null {
  let start = Infinity;
  let end = -Infinity;
  for (const t of terms as Term[]) {
    if (!t.offset) continue;
    start = Math.min(start, t.offset.start);
    end = Math.max(end, t.offset.start + t.offset.length);
  }
  return Number.isFinite(start) && end > start ? { start, end } : null;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Named capture groups of the first match of `regs` within `view`, as spans. */
export function groupSpans(view: Doc, regs: Regs): Record<string, Span> {
  const m = (view as unknown as { match(r: Regs): Doc & { groups(): Record<string, Doc> } }).match(regs);
  const out: Record<string, Span> = {};
  for (const [name, g] of Object.entries(m.groups() ?? {})) {
    const s = spanOf(g);
    if (s) out[name] = s;
  }
  return out;
}
