// Which focused element is a field Attune should watch, and which element is its field (the editing host for contenteditables).

export type FieldKind = 'text-control' | 'contenteditable';

export interface FieldTarget {
  element: HTMLElement;
  kind: FieldKind;
}

// Only Attune's own opt-out. `data-gramm="false"` is not one: editors (Quill 1, among others) set it to keep
// Grammarly from rewriting their DOM, and Attune never touches the page's DOM.
const OPT_OUT_SELECTOR = '[data-attune="off"]';

/** `autocomplete` tokens of fields whose content is a secret or a code, never prose: never read them. */
const SENSITIVE_AUTOCOMPLETE = /^(cc-.+|one-time-code|current-password|new-password|username|webauthn)$/;

export function isSensitive(el: Element): boolean {
  const tokens = (el.getAttribute('autocomplete') ?? '').trim().toLowerCase().split(/\s+/);
  return tokens.some((t) => SENSITIVE_AUTOCOMPLETE.test(t));
}

/** `closest` that also climbs out of shadow roots, so an opt-out on a host covers the field inside it. */
function composedClosest(start: Element, selector: string): Element | null {
  let el: Element | null = start;
  while (el) {
    const found: Element | null = el.closest(selector);
    if (found) return found;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function isEditableAttr(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The editing host: the outermost editable ancestor (contenteditable does not cross shadow roots). */
function editingHost(el: HTMLElement): HTMLElement | null {
  if (!el.isContentEditable && !isEditableAttr(el)) return null;
  let host = el;
  for (let parent = el.parentElement; parent && (parent.isContentEditable || isEditableAttr(parent)); parent = parent.parentElement) {
    host = parent;
  }
  return host;
}

function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.localName === 'textarea') return true;
  if (el.localName !== 'input') return false;
  const type = el.getAttribute('type');
  return type === null || type.trim() === '' || type.trim().toLowerCase() === 'text';
}

/** The field for an event target (pass `event.composedPath()[0]`), or null when Attune should stay out. */
export function findField(target: EventTarget | null | undefined): FieldTarget | null {
  if (!target || !(target as Node).nodeType || (target as Node).nodeType !== Node.ELEMENT_NODE) return null;
  const el = target as HTMLElement;
  let field: FieldTarget | null = null;
  if (isTextControl(el)) {
    const control = el as HTMLTextAreaElement | HTMLInputElement;
    if (control.readOnly || control.disabled) return null;
    field = { element: control, kind: 'text-control' };
  } else {
    const host = editingHost(el);
    if (host) field = { element: host, kind: 'contenteditable' };
  }
  if (!field) return null;
  if (isSensitive(field.element)) return null;
  if (composedClosest(field.element, OPT_OUT_SELECTOR)) return null;
  if (field.element.getAttribute('aria-readonly') === 'true' || field.element.getAttribute('aria-disabled') === 'true') return null;
  return field;
}
