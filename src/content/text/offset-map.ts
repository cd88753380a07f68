// Pure math over the map from extracted-text offsets to DOM points. Generic over the node type so it is testable without a DOM.

export interface Point<N> {
  node: N;
  offset: number;
}

/**
 * A run of extracted text `[start, end)`.
 * `text` segments map 1:1 onto characters of one text node starting at `from`;
 * `break` segments are one synthetic "\n" (a <br> or a block boundary) that sits between the points `from` and `to`.
 */
export type Segment<N> =
  | { kind: 'text'; start: number; end: number; from: Point<N> }
  | { kind: 'break'; start: number; end: number; from: Point<N>; to: Point<N> };

/** Which neighbour wins when an offset sits on the boundary between two segments. */
export type Affinity = 'forward' | 'backward';

/**
 * Index of the segment that holds `offset`. At a boundary, `forward` prefers the segment starting there
 * (right for a range start), `backward` the one ending there (right for a range end), so a range never
 * spills into the neighbouring node.
 */
export function segmentIndexAt<N>(segments: readonly Segment<N>[], offset: number, affinity: Affinity): number {
  if (segments.length === 0) return -1;
  let lo = 0;
  let hi = segments.length - 1;
  // First segment whose end >= offset (backward) or end > offset (forward).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid] as Segment<N>;
    const before = affinity === 'forward' ? seg.end <= offset : seg.end < offset;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM point for a text offset (clamped to the text). */
export function pointAt<N>(segments: readonly Segment<N>[], offset: number, affinity: Affinity): Point<N> | null {
  const index = segmentIndexAt(segments, offset, affinity);
  if (index < 0) return null;
  const seg = segments[index] as Segment<N>;
  const clamped = Math.min(Math.max(offset, seg.start), seg.end);
  if (seg.kind === 'break') return clamped <= seg.start ? seg.from : seg.to;
  return { node: seg.from.node, offset: seg.from.offset + (clamped - seg.start) };
}

/** The text offset for a point inside a mapped text node, or null if that node is not in the map. */
export function offsetInTextNode<N>(segments: readonly Segment<N>[], node: N, nodeOffset: number): number | null {
  let best: number | null = null;
  for (const seg of segments) {
    if (seg.kind !== 'text' || seg.from.node !== node) continue;
    const length = seg.end - seg.start;
    if (nodeOffset < seg.from.offset) {
      // Inside collapsed whitespace before this run: snap to its start.
      if (best === null) best = seg.start;
      break;
    }
    if (nodeOffset <= seg.from.offset + length) return seg.start + (nodeOffset - seg.from.offset);
    best = seg.end;
  }
  return best;
}
