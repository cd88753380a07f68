// One host element per document with a closed shadow root: underlines, mirrors, the nudge badge, the card and the
// live region all live here, so page CSS cannot reach them and nothing is ever put inside the page's editor.
import { OVERLAY_CSS } from './overlay-styles';

export interface Overlay {
  host: HTMLElement;
  marks: HTMLElement;
  mirrors: HTMLElement;
  badges: HTMLElement;
  notes: HTMLElement;
  cardSlot: HTMLElement;
  live: HTMLElement;
  /** Re-append the host if the page removed it. */
  ensureAttached(): void;
  /** Whether an event path went through our host. */
  owns(event: Event): boolean;
  dispose(): void;
}

export function createOverlay(doc: Document): Overlay {
  const host = doc.createElement('attune-overlay');
  // Inline and !important so no page rule can move, hide or enlarge the host; it takes no space and no pointer events.
  const hostStyle = [
    'all: initial',
    'position: fixed',
    'top: 0',
    'left: 0',
    'width: 0',
    'height: 0',
    'overflow: visible',
    'z-index: 2147483647',
    'pointer-events: none',
    'display: block',
    'visibility: visible',
    'opacity: 1',
  ]
    .map((d) => `${d} !important;`)
    .join(' ');
  host.setAttribute('style', hostStyle);
  // A page script may still rewrite the attribute: put it back.
  const guardStyle = new MutationObserver(() => {
    if (host.getAttribute('style') !== hostStyle) host.setAttribute('style', hostStyle);
  });
  guardStyle.observe(host, { attributes: true, attributeFilter: ['style'] });
  // Closed so the page cannot reach into it; open only in the test build, so end-to-end tests can find and click
  // the card's buttons like a person would.
  const shadow = host.attachShadow({ mode: __ATTUNE_TEST__ ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const layer = (className: string) => {
    const el = doc.createElement('div');
    el.className = className;
    shadow.append(el);
    return el;
  };
  shadow.append(style);
  const mirrors = layer('mirrors');
  const marks = layer('marks');
  const badges = layer('badges');
  const notes = layer('notes');
  const cardSlot = layer('card-slot');
  const live = layer('live');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('role', 'status');

  const ensureAttached = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  ensureAttached();
  return {
    host,
    marks,
    mirrors,
    badges,
    notes,
    cardSlot,
    live,
    ensureAttached,
    owns: (event) => event.composedPath().includes(host),
    dispose: () => {
      guardStyle.disconnect();
      host.remove();
    },
  };
}
