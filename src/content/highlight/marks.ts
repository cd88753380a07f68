// Underline boxes drawn from rects: used for text controls, for contenteditables without the Custom Highlight API,
// and for fields inside shadow roots (document-level ::highlight() styles do not reach them).
import type { Rect } from '../card/hit-test';
import type { Family } from './families';

export interface MarkGroup {
  family: Family;
  rects: readonly Rect[];
}

export function paintMarks(layer: HTMLElement, groups: readonly MarkGroup[]): void {
  const doc = layer.ownerDocument;
  let index = 0;
  for (const group of groups) {
    for (const rect of group.rects) {
      let mark = layer.children[index] as HTMLElement | undefined;
      if (!mark) {
        mark = doc.createElement('div');
        layer.append(mark);
      }
      mark.className = `mark ${group.family}`;
      mark.style.left = `${rect.x}px`;
      mark.style.top = `${rect.y + rect.height - 2}px`;
      mark.style.width = `${rect.width}px`;
      index++;
    }
  }
  while (layer.children.length > index) layer.lastElementChild?.remove();
}
