// A hidden copy of a textarea/input laid out exactly like it, so we can measure where characters of its value sit.
// It lives in our own shadow root, never inside the page's field.
import type { Rect } from '../card/hit-test';
import { clipRects, visibleClip } from './clip';

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

  /** Lay the mirror over the field with its current styles, text, size and scroll. */
  private sync(): void {
    const field = this.field;
    const view = field.ownerDocument.defaultView ?? window;
    const computed = view.getComputedStyle(field);
    const style = this.box.style;
    for (const property of COPIED_PROPERTIES) style.setProperty(property, computed.getPropertyValue(property));
    const isInput = field.localName === 'input';
    const border = (side: string) => Number.parseFloat(computed.getPropertyValue(`border-${side}-width`)) || 0;
    const pad = (side: string) => Number.parseFloat(computed.getPropertyValue(`padding-${side}`)) || 0;
    // Scrollbars take room from the content box; pad the mirror by the same amount so lines wrap identically.
    const scrollbarX = field.offsetWidth - field.clientWidth - border('left') - border('right');
    const scrollbarY = field.offsetHeight - field.clientHeight - border('top') - border('bottom');
    const rtl = computed.direction === 'rtl';
    if (scrollbarX > 0) style.setProperty(rtl ? 'padding-left' : 'padding-right', `${pad(rtl ? 'left' : 'right') + scrollbarX}px`);
    if (scrollbarY > 0) style.setProperty('padding-bottom', `${pad('bottom') + scrollbarY}px`);
    const rect = field.getBoundingClientRect();
    style.setProperty('box-sizing', 'border-box');
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    if (isInput) {
      // Inputs never wrap and centre their single line vertically.
      style.whiteSpace = 'pre';
      style.display = 'flex';
      style.alignItems = 'center';
    } else {
      style.display = 'block';
      if (computed.whiteSpace === 'normal') style.whiteSpace = 'pre-wrap';
    }
    const value = field.value;
    if (this.textNode.data !== value) this.textNode.data = value;
    this.box.scrollTop = field.scrollTop;
    this.box.scrollLeft = field.scrollLeft;
  }

  /** Viewport rects of `[start, end)` of the field's value, clipped to what is visible. */
  rects(start: number, end: number): Rect[] {
    this.sync();
    const length = this.textNode.data.length;
    const range = this.box.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    return clipRects(range.getClientRects(), visibleClip(this.field));
  }

  dispose(): void {
    this.box.remove();
  }
}
