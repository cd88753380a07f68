// Applies one suggestion: checks the phrase is still there, replaces exactly that range through the editor's own
// input path, then checks the result is the old text with just that range replaced.
import type { FieldAdapter } from '../editors/adapter';
import { nextFrame } from '../editors/adapter';

export interface Replacement {
  start: number;
  end: number;
  /** What `[start, end)` held when analysed ("" for an insertion). */
  expected: string;
  text: string;
}

export type ApplyOutcome = { ok: true; caret: number } | { ok: false; reason: 'stale' };

let warned = false;

export function expectedAfter(before: string, r: Replacement): string {
  return before.slice(0, r.start) + r.text + before.slice(r.end);
}

export async function applyReplacement(adapter: FieldAdapter, r: Replacement): Promise<ApplyOutcome> {
  const before = adapter.readText();
  if (before.slice(r.start, r.end) !== r.expected) return { ok: false, reason: 'stale' };
  await adapter.replace(r.start, r.end, r.text);
  // Some editors render their model change a tick later.
  const view = adapter.element.ownerDocument.defaultView ?? window;
  const expected = expectedAfter(before, r);
  let after = adapter.readText();
  if (after !== expected) {
    await nextFrame(view);
    after = adapter.readText();
  }
  const caret = r.start + r.text.length;
  if (after !== expected) {
    if (!warned) {
      warned = true;
      console.warn(`Attune: after applying a suggestion in a ${adapter.name} field the text was not exactly the expected replacement.`);
    }
  } else if (adapter.caretOffset() !== caret) {
    adapter.focusAt(caret);
  }
  return { ok: true, caret };
}
