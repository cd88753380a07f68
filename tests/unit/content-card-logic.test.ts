import { describe, expect, it } from 'vitest';
import { hitTest, intersect, rectContains } from '../../src/content/card/hit-test';
import { findingIndexNearCaret } from '../../src/content/card/nearest';

describe('finding near the caret (Alt+Shift+Enter)', () => {
  const findings = [
    { start: 0, end: 14 },
    { start: 16, end: 35 },
    { start: 50, end: 60 },
  ];
  it('picks the finding the caret is in, including at its edges', () => {
    expect(findingIndexNearCaret(findings, 20)).toBe(1);
    expect(findingIndexNearCaret(findings, 16)).toBe(1);
    expect(findingIndexNearCaret(findings, 14)).toBe(0);
  });
  it('else the nearest one ending before the caret', () => {
    expect(findingIndexNearCaret(findings, 45)).toBe(1);
    expect(findingIndexNearCaret(findings, 100)).toBe(2);
  });
  it('else the first one after the caret, and -1 when there are none', () => {
    expect(
      findingIndexNearCaret(
        [
          { start: 7, end: 12 },
          { start: 5, end: 9 },
        ],
        0,
      ),
    ).toBe(1);
    expect(findingIndexNearCaret([], 3)).toBe(-1);
  });
  it('does not depend on the order findings come in', () => {
    expect(findingIndexNearCaret([findings[2]!, findings[0]!, findings[1]!], 45)).toBe(2);
  });
});

describe('hit-testing underlines', () => {
  const targets = [
    { id: 'a', rects: [{ x: 10, y: 10, width: 50, height: 20 }] },
    {
      id: 'b',
      rects: [
        { x: 200, y: 10, width: 40, height: 20 },
        { x: 0, y: 40, width: 30, height: 20 },
      ],
    },
  ];
  it('finds the target under the point, on any of its line rects', () => {
    expect(hitTest(targets, 30, 20)).toBe(0);
    expect(hitTest(targets, 10, 50)).toBe(1);
    expect(hitTest(targets, 100, 20)).toBe(-1);
  });
  it('allows a little slop around the rect edges', () => {
    expect(rectContains({ x: 10, y: 10, width: 5, height: 5 }, 9, 10)).toBe(false);
    expect(rectContains({ x: 10, y: 10, width: 5, height: 5 }, 9, 10, 1)).toBe(true);
  });
  it('intersects rects (clipping underlines to the visible field)', () => {
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toEqual({
      x: 5,
      y: 5,
      width: 5,
      height: 5,
    });
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 5, height: 5 })).toBeNull();
  });
});
