// Draft.js ignores native beforeinput and reads the selection from its own state, which it syncs on `select` events
// a tick later. So select the range, let Draft catch up, then type with execCommand.
import type { FieldAdapter } from './adapter';
import { createContentEditableAdapter } from './contenteditable';

export function isDraftEditor(element: HTMLElement): boolean {
  return element.classList.contains('public-DraftEditor-content') || element.closest('.DraftEditor-root') !== null;
}

export function createDraftAdapter(element: HTMLElement): FieldAdapter {
  return createContentEditableAdapter(element, { name: 'draft', settleSelection: true });
}
