// textarea and <input type=text>: text is the value; positions come from a mirror; edits go through execCommand so undo works.
import type { FieldAdapter } from './adapter';
import { Mirror } from '../highlight/mirror';

export function createTextControlAdapter(element: HTMLTextAreaElement | HTMLInputElement, mirrorLayer: HTMLElement): FieldAdapter {
  const mirror = new Mirror(element, mirrorLayer);
  const doc = element.ownerDocument;
  return {
    element,
    kind: 'text-control',
    name: element.localName,
    readText: () => element.value,
    caretOffset() {
      const root = element.getRootNode() as Document | ShadowRoot;
      if (root.activeElement !== element) return null;
      return element.selectionEnd ?? element.selectionStart ?? null;
    },
    rects: (start, end) => mirror.rects(start, end),
    belowView: () => mirror.lastBelow,
    domRange: () => null,
    focusAt(offset) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(offset, offset);
    },
    async replace(start, end, text) {
      element.focus({ preventScroll: true });
      element.setSelectionRange(start, end);
      const before = element.value;
      let inserted = false;
      try {
        inserted = doc.execCommand('insertText', false, text);
      } catch {
        inserted = false;
      }
      if (inserted && element.value !== before) return;
      // Fallback for browsers/pages where execCommand is unavailable: still fire input so frameworks see the change.
      element.setRangeText(text, start, end, 'end');
      element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    },
    dispose: () => mirror.dispose(),
  };
}
