// --fix: apply one finding's suggestion, re-analyse, repeat. Re-analysing after each change keeps
// overlapping findings right: a rewrite may settle a neighbour or shift where the next one starts.
import type { AnalysisResult, Finding } from '../engine/types';

export type Analyse = (text: string) => AnalysisResult;

export interface FixResult {
  text: string;
  applied: { finding: Finding; suggestion: string }[];
  /** Findings left as they were: no suggestion passed the guard. */
  skipped: Finding[];
}

/** The passes are bounded: each applies or skips one finding, and the cursor only moves right. */
const MAX_STEPS = 200;

/** The text with `suggestion` in place of the finding. */
function replace(text: string, f: Finding, suggestion: string): string {
  return text.slice(0, f.start) + suggestion + text.slice(f.end);
}

/**
 * A thin guard on top of the engine's own fit check: a suggestion counts only if, once in place, the
 * engine no longer flags the same category over the replaced words.
 */
export function settles(analyse: Analyse, text: string, f: Finding, suggestion: string): boolean {
  const end = f.start + suggestion.length;
  return !analyse(replace(text, f, suggestion)).findings.some(
    (g) => g.category === f.category && g.start < Math.max(end, f.start + 1) && g.end > f.start,
  );
}

export function fixText(original: string, analyse: Analyse): FixResult {
  let text = original;
  const applied: FixResult['applied'] = [];
  const skipped: Finding[] = [];
  // Text before the cursor is settled: fixed, or left because nothing fitted.
  let cursor = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = analyse(text)
      .findings.filter((f) => f.start >= cursor)
      .sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (!next) break;
    const suggestion = next.suggestions.find((s) => settles(analyse, text, next, s));
    if (suggestion === undefined) {
      skipped.push(next);
      cursor = next.end;
      continue;
    }
    applied.push({ finding: next, suggestion });
    text = replace(text, next, suggestion);
    cursor = next.start + suggestion.length;
  }
  return { text, applied, skipped };
}
