import { describe, expect, it } from 'vitest';
import { type Segment, offsetInTextNode, pointAt, segmentIndexAt } from '../../src/content/text/offset-map';

// "<p><b>Just</b> calm down</p><p>Hi</p>" as the extractor maps it: "Just| calm down|\n|Hi"
const b = 'text:Just';
const rest = 'text: calm down';
const p2 = 'text:Hi';
const segments: Segment<string>[] = [
  { kind: 'text', start: 0, end: 4, from: { node: b, offset: 0 } },
  { kind: 'text', start: 4, end: 14, from: { node: rest, offset: 0 } },
  { kind: 'break', start: 14, end: 15, from: { node: 'div', offset: 1 }, to: { node: p2, offset: 0 } },
  { kind: 'text', start: 15, end: 17, from: { node: p2, offset: 0 } },
];

describe('offset map', () => {
  it('maps a range split across formatting to its two text nodes', () => {
    expect(pointAt(segments, 0, 'forward')).toEqual({ node: b, offset: 0 });
    expect(pointAt(segments, 14, 'backward')).toEqual({ node: rest, offset: 10 });
  });

  it('keeps a range inside its node at a boundary between nodes', () => {
    // Offset 4 ends "Just" and starts " calm down".
    expect(pointAt(segments, 4, 'backward')).toEqual({ node: b, offset: 4 });
    expect(pointAt(segments, 4, 'forward')).toEqual({ node: rest, offset: 0 });
    expect(segmentIndexAt(segments, 4, 'forward')).toBe(1);
    expect(segmentIndexAt(segments, 4, 'backward')).toBe(0);
  });

  it('maps the synthetic newline to the points around the block boundary', () => {
    expect(pointAt(segments, 15, 'forward')).toEqual({ node: p2, offset: 0 });
    expect(pointAt(segments, 14, 'forward')).toEqual({ node: 'div', offset: 1 });
  });

  it('clamps offsets past the end and handles an empty map', () => {
    expect(pointAt(segments, 99, 'backward')).toEqual({ node: p2, offset: 2 });
    expect(pointAt([], 0, 'forward')).toBeNull();
  });

  it('maps a caret inside a text node back to a text offset', () => {
    expect(offsetInTextNode(segments, rest, 5)).toBe(9);
    expect(offsetInTextNode(segments, p2, 2)).toBe(17);
    expect(offsetInTextNode(segments, 'elsewhere', 0)).toBeNull();
  });

  it('snaps a caret inside collapsed whitespace to the next run', () => {
    // A node "a   b" with collapsible spaces: "a " maps to 0..2, "b" starts at node offset 4.
    const node = 'text:a   b';
    const collapsed: Segment<string>[] = [
      { kind: 'text', start: 0, end: 2, from: { node, offset: 0 } },
      { kind: 'text', start: 2, end: 3, from: { node, offset: 4 } },
    ];
    expect(offsetInTextNode(collapsed, node, 3)).toBe(2);
    expect(offsetInTextNode(collapsed, node, 5)).toBe(3);
  });
});
