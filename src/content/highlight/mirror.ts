// A hidden copy of a textarea/input laid out exactly like it, so we can measure where characters of its value sit.
// It lives in our own shadow root, never inside the page's field.
import type { Rect } from '../card/hit-test';
import { clipRects, visibleClip } from './clip';
import { perTask } from './per-task';

const COPIED_PROPERTIES = [
  'direction',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'font-stretch',
  'font-feature-settings',
  'font-variation-settings',
  'font-kerning',
  'font-size-adjust',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-rendering',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'box-sizing',
];

/** Where the line holding `at` ends (its wrapping can depend on the rest of the line), at most 2,000 further. */
function lineEnd(value: string, at: number): number {
  const newline = value.indexOf('\n', at);
  return Math.min(newline === -1 ? value.length : newline, at + 2000, value.length);
}

export class Mirror {
  private readonly box: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    layer: HTMLElement,
  ) {
    const doc = layer.ownerDocument;
    this.box = doc.createElement('div');
    this.box.className = 'mirror';
    this.textNode = doc.createTextNode('');
    this.box.append(this.textNode, doc.createTextNode('\u200b'));
    layer.append(this.box);
  }

  /** The style last written, so unchanged styles are not written again (each write would re-lay out the copy). */
  private applied = '';
  /** The value the copy was taken from, and how much of it is copied. */
  private source = '';
  private covered = 0;
  /** Whether the last rects() range lay wholly below the field's visible part. */
  lastBelow = false;
  /** Whether the copy was synced in the current task (see per-task.ts): then only a longer copy needs another. */
  private syncedThisTask = false;
  private readonly clip = perTask(() => visibleClip(this.field));
  private range: Range | null = null;

  /**
   * Lay the mirror over the field with its current styles, size and scroll, and a copy of its value up to at least
   * `upTo`. Positions depend only on the text before them, so the copy grows (doubling) as far-down ranges are
   * measured instead of holding a huge value whole: laying out 100,000 characters takes most of a frame.
   */
  private sync(upTo: number): void {
    const field = this.field;
    const value = field.value;
    // Measuring every finding of a frame: styles, size and scroll were copied for the first one.
    if (this.syncedThisTask && value === this.source && (this.covered >= upTo || this.covered >= value.length)) return;
    const view = field.ownerDocument.defaultView ?? window;
    const computed = view.getComputedStyle(field);
    const want = new Map<string, string>();
    for (const property of COPIED_PROPERTIES) want.set(property, computed.getPropertyValue(property));
    const isInput = field.localName === 'input';
    const border = (side: string) => Number.parseFloat(computed.getPropertyValue(`border-${side}-width`)) || 0;
    const pad = (side: string) => Number.parseFloat(computed.getPropertyValue(`padding-${side}`)) || 0;
    const scrollbarX = field.offsetWidth - field.clientWidth - border('left') - border('right');
    const scrollbarY = field.offsetHeight - field.clientHeight - border('top') - border('bottom');
    const rtl = computed.direction === 'rtl';
    if (scrollbarX > 0) want.set(rtl ? 'padding-left' : 'padding-right', `${pad(rtl ? 'left' : 'right') + scrollbarX}px`);
    let covered = value === this.source ? this.covered : 0;
    if (covered === 0 || covered < upTo) covered = lineEnd(value, Math.max(upTo, covered * 2, 4000));
    this.source = value;
    this.covered = covered;
    const text = covered >= value.length ? value : value.slice(0, covered);
    // A partial copy: bottom padding as tall as the field's content keeps the same scroll range.
    const extraBottom = text.length < value.length ? field.scrollHeight : 0;
    if (scrollbarY > 0 || extraBottom > 0) want.set('padding-bottom', `${pad('bottom') + Math.max(0, scrollbarY) + extraBottom}px`);
    const rect = field.getBoundingClientRect();
    want.set('box-sizing', 'border-box');
    want.set('left', `${rect.left}px`);
    want.set('top', `${rect.top}px`);
    want.set('width', `${rect.width}px`);
    want.set('height', `${rect.height}px`);
    if (isInput) {
      want.set('white-space', 'pre');
      want.set('display', 'flex');
      want.set('align-items', 'center');
    } else {
      want.set('display', 'block');
      if (computed.whiteSpace === 'normal') want.set('white-space', 'pre-wrap');
    }
    const key = [...want].join(';');
    if (key !== this.applied) {
      this.applied = key;
      const style = this.box.style;
      for (const [property, v] of want) style.setProperty(property, v);
    }
    if (this.textNode.data !== text) this.textNode.data = text;
    this.box.scrollTop = field.scrollTop;
    this.box.scrollLeft = field.scrollLeft;
    if (!this.syncedThisTask) {
      this.syncedThisTask = true;
      queueMicrotask(() => {
        this.syncedThisTask = false;
      });
    }
  }

  /** Viewport rects of `[start, end)` of the field's value, clipped to what is visible. */
  rects(start: number, end: number): Rect[] {
    this.sync(end);
    const length = this.textNode.data.length;
    // One range reused: every live Range is updated on each DOM change of the document until it is collected.
    this.range ??= this.box.ownerDocument.createRange();
    const range = this.range;
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    const all = [...range.getClientRects()];
    const clip = this.clip();
    this.lastBelow = clip !== null && all.length > 0 && all.every((r) => r.top >= clip.y + clip.height);
    return clipRects(all, clip);
  }

  dispose(): void {
    this.box.remove();
  }
}
