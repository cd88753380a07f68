// Checks the harness itself, so a green editor suite means the extension is right, not that the
// measuring is lenient: the rect comparison rejects an underline one word off. (That the textarea
// mirror measures where the browser draws text is checked in each browser by editor-suite.ts.)
import { describe, expect, it } from 'vitest';
import { underlineMismatch } from './harness/geometry.ts';

const phrase = [{ x: 150, y: 61, width: 87, height: 19 }];

describe('underlineMismatch', () => {
  it('accepts the phrase box itself and a thin band under the text', () => {
    expect(underlineMismatch(phrase, phrase)).toBeNull();
    expect(underlineMismatch([{ x: 150.4, y: 78, width: 86.5, height: 2 }], phrase)).toBeNull();
  });

  it('rejects an underline on the neighbouring word, a shorter one, one on another line, or none', () => {
    expect(underlineMismatch([{ x: 190, y: 61, width: 87, height: 19 }], phrase)).toMatch(/no underline rect/);
    expect(underlineMismatch([{ x: 150, y: 61, width: 40, height: 19 }], phrase)).toMatch(/no underline rect/);
    expect(underlineMismatch([{ x: 150, y: 83, width: 87, height: 19 }], phrase)).toMatch(/no underline rect/);
    expect(underlineMismatch([], phrase)).toMatch(/no rects/);
  });
});
