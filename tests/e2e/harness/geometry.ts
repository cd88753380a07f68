// Compares where the extension drew an underline with where the page draws the phrase.
import type { Rect } from './attune-state.ts';

/** Few enough px to catch an underline on the wrong word, loose enough for subpixel rounding. */
export const TOLERANCE_PX = 4;

const fmt = (r: Rect) => `{x:${r.x.toFixed(1)}, y:${r.y.toFixed(1)}, w:${r.width.toFixed(1)}, h:${r.height.toFixed(1)}}`;

/**
 * Every line fragment of the phrase must have an underline rect with the same left and right edges
 * (within TOLERANCE_PX) whose vertical middle lies on that line; an underline may be a thin band
 * under the text or the text's whole box. Returns what is wrong, or null when they match.
 */
export function underlineMismatch(underline: Rect[], phrase: Rect[], tol = TOLERANCE_PX): string | null {
  if (phrase.length === 0) return 'the page cannot find the phrase in the field (no rects)';
  if (underline.length === 0) return 'the finding has no rects';
  for (const p of phrase) {
    const hit = underline.some((u) => {
      const middle = u.y + u.height / 2;
      return (
        Math.abs(u.x - p.x) <= tol &&
        Math.abs(u.x + u.width - (p.x + p.width)) <= tol &&
        middle >= p.y - tol &&
        middle <= p.y + p.height + tol
      );
    });
    if (!hit) return `no underline rect matches the phrase at ${fmt(p)}; underline rects: ${underline.map(fmt).join(', ')}`;
  }
  return null;
}

/** Underlines must not be drawn outside the field's visible box (e.g. not left behind after a scroll). */
export function outsideOf(field: Rect, rects: Rect[], tol = TOLERANCE_PX): Rect[] {
  return rects.filter(
    (r) =>
      r.x < field.x - tol ||
      r.y < field.y - tol ||
      r.x + r.width > field.x + field.width + tol ||
      r.y + r.height > field.y + field.height + tol,
  );
}

export const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
