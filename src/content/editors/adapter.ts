// What every field adapter offers, so the rest of src/content does not care which editor it is talking to.
import type { Rect } from '../card/hit-test';
import type { FieldKind } from '../fields/eligibility';

export interface FieldAdapter {
  readonly element: HTMLElement;
  readonly kind: FieldKind;
  /** Short name for logs and the test hook: textarea, input, contenteditable, draft. */
  readonly name: string;
  /** The field's current text (re-extracted on every call). */
  readText(): string;
  /** The caret as a text offset, or null when the selection is not in this field. */
  caretOffset(): number | null;
  /** Viewport rects of `[start, end)` of the last read text, clipped to the visible part of the field. */
  rects(start: number, end: number): Rect[];
  /** Whether the range of the last rects() call lies wholly below the field's visible part (so do all later ones). */
  belowView?(): boolean;
  /** A live DOM range for `[start, end)` (contenteditable only; used for CSS highlights). */
  domRange(start: number, end: number): Range | null;
  /** Focus the field and put the caret at `offset`. */
  focusAt(offset: number): void;
  /** Replace `[start, end)` with `text` through the editor's own input path, so the editor's model and undo see it. */
  replace(start: number, end: number, text: string): Promise<void>;
  dispose(): void;
}

/** A frame's wait: lets editors that sync selection asynchronously (React, Draft) catch up before we type. */
export function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    view.requestAnimationFrame(() => view.setTimeout(finish, 0));
    view.setTimeout(finish, 50); // rAF does not run in background tabs
  });
}
