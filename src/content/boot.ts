// What runs on every page: one capture-phase focusin listener. The rest of Attune (src/content/index.ts: fields,
// overlay, card, settings) is loaded on the first trusted focus of an eligible field, so a page where nobody
// types evaluates almost nothing of ours.
import { findField } from './fields/eligibility';
import { reportOnce } from './report';
import { publishTestState } from './test-hook';

export interface Main {
  startAttune(signal: AbortSignal, focused: EventTarget | null): void;
}

/** `signal` is created on first use only: even an AbortController costs something on every page. */
export function boot(signal: () => AbortSignal, load: () => Promise<Main>): void {
  let loading = false;
  // The latest eligible field focused while loading: the one to start with.
  let latest: EventTarget | null = null;
  const start = (target: EventTarget) => {
    latest = target;
    if (loading) return;
    loading = true;
    load().then(
      (main) => {
        window.removeEventListener('focusin', onFocusIn, true);
        main.startAttune(signal(), latest);
      },
      (error: unknown) => {
        loading = false; // (extension reloaded, file missing) tried again on the next focus
        reportOnce('loading Attune', error);
      },
    );
  };
  const onFocusIn = (event: Event) => {
    if (!event.isTrusted) return; // a page's synthetic focus event never loads anything
    const target = event.composedPath()[0] ?? null;
    if (target && findField(target)) start(target);
  };
  window.addEventListener('focusin', onFocusIn, true);
  // A field focused before this script ran (autofocus: a chat app's message box) sends no focusin.
  const active = deepActiveElement(document);
  if (active && findField(active)) start(active);
  // Tests wait for the hook to exist before focusing anything.
  if (__ATTUNE_TEST__) publishTestState(document, { fields: [], card: null, applied: 0 });
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let element = doc.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}
