// Contexts shared by every rule: where a trigger phrase is not the writer's own words to the reader.
import type { Span } from './spans';

/** Spans of text inside quotation marks (straight, curly, and single quotes used as quotes). */
export function quotedSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  const closers: Record<string, string> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };
  let i = 0;
  while (i < sentence.length) {
    const ch = sentence[i]!;
    const closer = closers[ch];
    // A single quote opens a quotation only at a word start (not in "don't" or "it's").
    if (closer && (ch !== "'" && ch !== '‘' ? true : i === 0 || /[\s([{:,]/.test(sentence[i - 1]!))) {
      const end = findCloser(sentence, i + 1, ch, closer);
      if (end > i) {
        spans.push({ start: i + 1, end });
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

function findCloser(s: string, from: number, opener: string, closer: string): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== closer) continue;
    // A closing single quote must end a word: followed by nothing, space or punctuation.
    if ((closer === "'" || closer === '’') && opener !== '"' && j + 1 < s.length && /[\p{L}\p{N}]/u.test(s[j + 1]!)) continue;
    return j;
  }
  return -1;
}

export const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Where a reported, negated or storied stretch ends: a sentence stop, or a "but" that turns to the reader
 *  ("nobody thinks you're dramatic, but you need to calm down" still says "calm down" to them). */
const SCOPE_END = /[.!?;]|\b(but|however)\b/i;

/** A finding is reported or negated when a context phrase starts before it, in the same clause.
 *  (The context may run into the finding: "he said it's your fault" matches "he said it".) */
export function isPrecededBy(finding: Span, contexts: readonly Span[], sentence: string): boolean {
  return contexts.some(
    (c) =>
      c.start < finding.start && c.end <= finding.end && !SCOPE_END.test(sentence.slice(Math.min(c.end, finding.start), finding.start)),
  );
}
