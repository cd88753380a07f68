// The part of the viewport where a field's text is actually visible: its padding box cut by every clipping ancestor.
import { type Rect, intersect } from '../card/hit-test';

function paddingBox(el: Element): Rect {
  const box = el.getBoundingClientRect();
  const html = el as HTMLElement;
  return {
    x: box.left + html.clientLeft,
    y: box.top + html.clientTop,
    width: html.clientWidth || box.width,
    height: html.clientHeight || box.height,
  };
}

function parentAcrossShadow(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export function visibleClip(field: Element): Rect | null {
  const view = field.ownerDocument.defaultView ?? window;
  let clip: Rect | null = paddingBox(field);
  for (let el = parentAcrossShadow(field); el && clip; el = parentAcrossShadow(el)) {
    if (el === field.ownerDocument.documentElement || el === field.ownerDocument.body) break;
    const style = view.getComputedStyle(el);
    if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clip = intersect(clip, paddingBox(el));
  }
  return clip;
}

export function clipRects(rects: Iterable<DOMRect | Rect>, clip: Rect | null): Rect[] {
  const out: Rect[] = [];
  if (!clip) return out;
  for (const r of rects) {
    if (r.width <= 0 && r.height <= 0) continue;
    const piece = intersect({ x: r.x, y: r.y, width: Math.max(r.width, 1), height: r.height }, clip);
    if (piece) out.push(piece);
  }
  return out;
}
