// Picks the adapter for a field. Editor-specific adapters go first, one per file.
import type { FieldTarget } from '../fields/eligibility';
import type { FieldAdapter } from './adapter';
import { createContentEditableAdapter } from './contenteditable';
import { createDraftAdapter, isDraftEditor } from './draft';
import { createTextControlAdapter } from './text-control';

export type { FieldAdapter } from './adapter';

export function createAdapter(field: FieldTarget, mirrorLayer: HTMLElement): FieldAdapter {
  if (field.kind === 'text-control') return createTextControlAdapter(field.element as HTMLTextAreaElement | HTMLInputElement, mirrorLayer);
  if (isDraftEditor(field.element)) return createDraftAdapter(field.element);
  return createContentEditableAdapter(field.element);
}
