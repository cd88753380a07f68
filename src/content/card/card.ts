// The card for one finding (or the message-level nudge): why it may land badly, suggestions to apply, and ways to
// quiet it. Built with textContent only; lives in our closed shadow root.
import type { Rect } from './hit-test';

export interface CardModel {
  category: string;
  colour: string;
  message: string;
  suggestions: readonly string[];
  notice?: string;
  /** Nudges are insertions, so "ignore phrase" / "turn off category" do not apply the same way. */
  isNudge: boolean;
}

export interface CardActions {
  apply(index: number): void;
  ignoreHere(): void;
  ignorePhrase(): void;
  disableCategory(): void;
  openSettings(): void;
  /** The card closed itself (Escape); `returnFocus` when focus was inside the card. */
  dismiss(returnFocus: boolean): void;
}

export class Card {
  private root: HTMLElement | null = null;
  private suggestionButtons: HTMLButtonElement[] = [];
  private model: CardModel | null = null;
  private focusIndex = -1;

  constructor(private readonly slot: HTMLElement) {}

  get isOpen(): boolean {
    return this.root !== null;
  }

  get current(): CardModel | null {
    return this.model;
  }

  /** Index of the suggestion that has keyboard focus, or -1. */
  get focusedIndex(): number {
    return this.focusIndex;
  }

  open(model: CardModel, anchor: Rect, actions: CardActions, takeFocus: boolean): void {
    this.close();
    const doc = this.slot.ownerDocument;
    const el = (tag: string, className?: string, text?: string) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const root = el('div', 'card');
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-label', `Attune: ${model.category}`);
    const title = el('div', 'title');
    const dot = el('span', 'dot');
    dot.style.background = model.colour;
    dot.setAttribute('aria-hidden', 'true');
    title.append(dot, el('span', undefined, model.category));
    root.append(title);
    if (model.notice) root.append(el('p', 'notice', model.notice));
    root.append(el('p', 'message', model.message));

    const list = el('div', 'suggestions');
    list.setAttribute('role', 'group');
    list.setAttribute('aria-label', 'Suggestions');
    this.suggestionButtons = model.suggestions.map((suggestion, index) => {
      const button = el('button', 'suggestion', suggestion) as HTMLButtonElement;
      button.type = 'button';
      button.setAttribute('aria-label', model.isNudge ? `Add: ${suggestion}` : `Replace with: ${suggestion}`);
      button.addEventListener('click', (event) => {
        if (event.isTrusted) actions.apply(index);
      });
      button.addEventListener('focus', () => this.setFocusIndex(index));
      list.append(button);
      return button;
    });
    if (this.suggestionButtons.length) root.append(list);

    const row = el('div', 'actions');
    const action = (label: string, className: string, run: () => void) => {
      const button = el('button', className, label) as HTMLButtonElement;
      button.type = 'button';
      button.addEventListener('click', (event) => {
        if (event.isTrusted) run();
      });
      button.addEventListener('focus', () => this.setFocusIndex(-1));
      row.append(button);
    };
    action('Ignore here', 'secondary', actions.ignoreHere);
    if (!model.isNudge) {
      action("Don't flag this phrase again", 'secondary', actions.ignorePhrase);
      action('Turn off this category', 'secondary', actions.disableCategory);
    }
    action('Attune settings', 'link', actions.openSettings);
    root.append(row);

    // Keep the editor's focus and selection when the card is used with the mouse.
    root.addEventListener('mousedown', (event) => {
      if (event.isTrusted) event.preventDefault();
    });
    root.addEventListener('keydown', (event) => this.onKeyDown(event, actions));

    this.slot.append(root);
    this.root = root;
    this.model = model;
    this.place(anchor);
    if (takeFocus) {
      const first = this.suggestionButtons[0] ?? (row.firstElementChild as HTMLButtonElement | null);
      first?.focus({ preventScroll: true });
    }
  }

  private setFocusIndex(index: number): void {
    this.focusIndex = index;
    for (const [i, button] of this.suggestionButtons.entries()) button.classList.toggle('focused', i === index);
    this.onChange?.();
  }

  /** Called when what the card shows changes (for the test hook). */
  onChange: (() => void) | null = null;

  private onKeyDown(event: KeyboardEvent, actions: CardActions): void {
    if (!event.isTrusted) return;
    const count = this.suggestionButtons.length;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      actions.dismiss(true);
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      event.stopPropagation();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = this.focusIndex < 0 ? (step > 0 ? -1 : 0) : this.focusIndex;
      const next = (from + step + count) % count;
      this.suggestionButtons[next]?.focus({ preventScroll: true });
      return;
    }
    if (event.key === 'Enter' && this.focusIndex >= 0) {
      event.preventDefault();
      event.stopPropagation();
      actions.apply(this.focusIndex);
    }
    // Other keys (Tab, Enter on other buttons) keep their native behaviour.
    event.stopPropagation();
  }

  /** Beside the anchor: below it, or above when there is no room below; kept inside the viewport. */
  place(anchor: Rect): void {
    const root = this.root;
    if (!root) return;
    const view = this.slot.ownerDocument.defaultView ?? window;
    const width = root.offsetWidth;
    const height = root.offsetHeight;
    const gap = 6;
    let top = anchor.y + anchor.height + gap;
    if (top + height > view.innerHeight - 4 && anchor.y - gap - height >= 4) top = anchor.y - gap - height;
    const left = Math.max(4, Math.min(anchor.x, view.innerWidth - width - 4));
    root.style.left = `${left}px`;
    root.style.top = `${Math.max(4, top)}px`;
  }

  contains(x: number, y: number): boolean {
    if (!this.root) return false;
    const r = this.root.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  hasFocus(): boolean {
    return this.root?.contains((this.root.getRootNode() as ShadowRoot).activeElement) === true;
  }

  close(): void {
    this.root?.remove();
    this.root = null;
    this.model = null;
    this.suggestionButtons = [];
    this.focusIndex = -1;
  }
}
