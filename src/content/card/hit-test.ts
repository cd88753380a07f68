// Overlays ignore the pointer, so we decide ourselves which underlined phrase is under it.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectContains(rect: Rect, x: number, y: number, slop = 0): boolean {
  return x >= rect.x - slop && x <= rect.x + rect.width + slop && y >= rect.y - slop && y <= rect.y + rect.height + slop;
}

/** Index of the first target with a rect under (x, y), or -1. */
export function hitTest<T extends { rects: readonly Rect[] }>(targets: readonly T[], x: number, y: number, slop = 0): number {
  for (let i = 0; i < targets.length; i++) {
    if ((targets[i] as T).rects.some((rect) => rectContains(rect, x, y, slop))) return i;
  }
  return -1;
}

/** The intersection of two rects, or null if they do not overlap. */
export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  if (right <= x || bottom <= y) return null;
  return { x, y, width: right - x, height: bottom - y };
}
