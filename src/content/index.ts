// The in-page experience, wired together. Loaded by src/content/boot.ts on the first trusted focus of an eligible
// field (pages where nobody types never load it); then the focus of a field loads settings, creates the overlay and
// starts analysing.
import { applyReplacement } from './apply/apply';
import { Card, type CardModel } from './card/card';
import { type Rect, hitTest } from './card/hit-test';
import { findingIndexNearCaret } from './card/nearest';
import { createAdapter } from './editors';
import { type AnalyzeOptions, type Category, type Finding, warmAnalysis } from './engine-client';
import { findField } from './fields/eligibility';
import { FieldSession } from './fields/session';
import { FAMILY_COLOURS, categoryName, familyOf } from './highlight/families';
import { type MarkGroup, paintMarks, prepareMarks } from './highlight/marks';
import { type Overlay, createOverlay } from './highlight/overlay-root';
import { guard, reportOnce } from './report';
import { disableCategory, ignorePhrase, openOptions, sendMessage } from './settings-actions';
import {
  type ContentSettings,
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  matchesShortcut,
  onSettingsChanged,
  toAnalyzeOptions,
} from './settings-client';
import { StatsReporter } from './stats';
import { publishTestState } from './test-hook';
import { tooLongNote } from './text/notes';

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 400;
const POLL_MS = 700;
/** Measuring underlines per frame stops after about this long and goes on in the next frame. */
const MEASURE_BUDGET_MS = 8;
const STALE_NOTICE = 'The text changed; suggestions were refreshed';

type CardTarget = { session: FieldSession; kind: 'finding'; finding: Finding } | { session: FieldSession; kind: 'nudge' };

/** `focused`: the field whose focus loaded Attune (its focusin has passed), or null. */
export function startAttune(signal: AbortSignal, focused: EventTarget | null = null): void {
  const attune = new Attune(document, signal);
  const on = (target: EventTarget, type: string, fn: (event: Event) => void, passive = false) =>
    target.addEventListener(type, fn, { capture: true, passive, signal });
  on(window, 'focusin', (e) => void attune.onFocusIn(e as FocusEvent));
  on(window, 'keydown', (e) => attune.onKeyDown(e as KeyboardEvent));
  on(window, 'mousemove', (e) => attune.onMouseMove(e as MouseEvent), true);
  on(window, 'click', (e) => attune.onClick(e as MouseEvent));
  on(window, 'scroll', () => attune.scheduleRedraw(), true);
  on(window, 'resize', () => attune.scheduleRedraw(), true);
  signal.addEventListener('abort', () => attune.dispose());
  if (__ATTUNE_TEST__) attune.publish();
  if (focused) void attune.onFocusTarget(focused);
}

/** The element itself, or for one inside shadow roots the outermost host, so fields sort in page order. */
function pageAnchor(element: Element): Element {
  let el = element;
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = el.getRootNode()) el = root.host;
  return el;
}

function inPageOrder(a: Element, b: Element): number {
  const [x, y] = [pageAnchor(a), pageAnchor(b)];
  if (x === y) return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** What the toolbar counts for a field: its findings and its message-level nudge. */
function countOf(session: FieldSession): number {
  return session.findings.length + (session.nudge ? 1 : 0);
}

class Attune {
  private readonly sessions = new Map<HTMLElement, FieldSession>();
  private overlay: Overlay | null = null;
  private card: Card | null = null;
  private readonly stats = new StatsReporter(sendMessage);
  /** The field session with keyboard focus, for the toolbar's count. */
  private focused: FieldSession | null = null;
  private settings: ContentSettings | null = null;
  private settingsLoading: Promise<ContentSettings> | null = null;
  private readonly locallyDisabled = new Set<Category>();
  private readonly locallyIgnored: string[] = [];
  private cardTarget: CardTarget | null = null;
  private cardBy: 'keyboard' | 'pointer' = 'pointer';
  private returnCaret: number | null = null;
  private cardNotice: string | null = null;
  private lastAnchor: Rect | null = null;
  private redrawQueued = false;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private hoverOpenTimer: ReturnType<typeof setTimeout> | null = null;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | null = null;
  private hoverCandidate: Finding | null = null;
  private applied = 0;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {}

  // ---- fields ----

  private loadSettingsOnce(): Promise<ContentSettings> {
    if (!this.settingsLoading) {
      this.settingsLoading = loadSettings().then((settings) => {
        this.settings = settings;
        const unsubscribe = onSettingsChanged((next) => this.onSettings(next));
        this.signal.addEventListener('abort', unsubscribe);
        return settings;
      });
    }
    return this.settingsLoading;
  }

  private isActive(settings: ContentSettings): boolean {
    // about:blank/srcdoc frames have no address of their own: judge them by the page that holds them.
    let url = this.doc.location?.href ?? '';
    if (!/^https?:/.test(url)) {
      try {
        url = window.top?.location.href ?? url;
      } catch {
        url = this.doc.referrer || url;
      }
    }
    return isActiveOn(settings, url);
  }

  private analyzeOptions(): AnalyzeOptions {
    const base = toAnalyzeOptions(this.settings ?? DEFAULT_SETTINGS);
    return {
      ...base,
      categories: (base.categories ?? []).filter((category) => !this.locallyDisabled.has(category)),
      ignoredPhrases: [...(base.ignoredPhrases ?? []), ...this.locallyIgnored],
    };
  }

  onFocusIn(event: FocusEvent): Promise<void> {
    if (!event.isTrusted) return Promise.resolve();
    if (this.overlay?.owns(event)) return Promise.resolve(); // focus moving into the card keeps the field's count
    return this.onFocusTarget(event.composedPath()[0] ?? null);
  }

  async onFocusTarget(target: EventTarget | null): Promise<void> {
    const field = findField(target);
    if (!field) {
      this.focused = null;
      if (this.sessions.size > 0) this.stats.count(0);
      return;
    }
    this.prune();
    const existing = this.sessions.get(field.element);
    if (existing) {
      warmAnalysis(); // the service worker may have stopped since
      this.focused = existing;
      this.stats.count(countOf(existing));
      existing.schedule();
      return;
    }
    // The latest settings, not the first ones loaded: "off on this site" or a pause set since must hold.
    const settings = this.settings ?? (await this.loadSettingsOnce());
    if (!this.isActive(settings)) return;
    warmAnalysis();
    if (this.sessions.has(field.element) || !field.element.isConnected) return;
    const overlay = this.ensureOverlay();
    const session = guard(
      'watching a field',
      () =>
        new FieldSession(
          createAdapter(field, overlay.mirrors),
          this.analyzeOptions(),
          (s) => this.onAnalysed(s),
          () => this.scheduleRedraw(),
          (composing) => {
            // Nothing of ours changes while an IME composes in this field: close its card.
            if (composing && this.cardTarget?.session === session) this.closeCard();
          },
        ),
      null,
    );
    if (!session) return;
    this.sessions.set(field.element, session);
    this.focused = session;
    void session.analyse();
    this.pollTimer ??= setInterval(() => this.poll(), POLL_MS);
  }

  private ensureOverlay(): Overlay {
    if (!this.overlay) {
      const overlay = createOverlay(this.doc);
      this.overlay = overlay;
      this.card = new Card(overlay.cardSlot);
      this.card.onChange = () => this.publish();
      // The underlines' image, loaded while the page is idle rather than in the frame that first draws them.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => prepareMarks(overlay.marks), { timeout: 2000 });
    }
    this.overlay.ensureAttached();
    return this.overlay;
  }

  private onSettings(settings: ContentSettings): void {
    this.settings = settings;
    if (!this.isActive(settings)) {
      for (const session of this.sessions.values()) session.dispose();
      this.sessions.clear();
      this.closeCard();
      this.scheduleRedraw();
      return;
    }
    this.refreshOptions();
    // Turned back on while a field has the focus: watch it again now, not on its next focus.
    const focused = deepActiveElement(this.doc);
    if (focused && !this.sessions.has(focused as HTMLElement)) void this.onFocusTarget(focused);
  }

  private refreshOptions(): void {
    const options = this.analyzeOptions();
    for (const session of this.sessions.values()) {
      session.analyzer.setOptions(options);
      void session.analyse();
    }
  }

  /** Drop sessions whose field left the document. */
  private prune(): void {
    for (const [element, session] of this.sessions) {
      if (element.isConnected) continue;
      session.dispose();
      this.sessions.delete(element);
      if (this.focused === session) this.focused = null;
      if (this.cardTarget?.session === session) this.closeCard();
    }
  }

  private poll(): void {
    this.prune();
    if (this.sessions.size === 0) {
      if (this.pollTimer) clearInterval(this.pollTimer);
      this.pollTimer = null;
      this.scheduleRedraw();
      return;
    }
    for (const session of this.sessions.values()) guard('checking a field', () => session.poll(), undefined);
  }

  private onAnalysed(session: FieldSession): void {
    guard(
      'counting',
      () => {
        this.stats.shown(session, session.findings);
        if (session === this.focused) this.stats.count(countOf(session));
      },
      undefined,
    );
    const target = this.cardTarget;
    if (target?.session === session && target.kind === 'finding') {
      // Findings are new objects after each analysis: follow the open card's finding, or close the card.
      const same = session.findings.find(
        (f) => f.rule === target.finding.rule && f.start === target.finding.start && f.text === target.finding.text,
      );
      if (same) target.finding = same;
      // A keyboard user's card stays put (with its focus); applying from it re-checks the text and refreshes.
      else if (!this.card?.hasFocus()) this.closeCard();
    } else if (target?.session === session && target.kind === 'nudge' && !session.nudge) {
      this.closeCard();
    }
    this.scheduleRedraw();
  }

  // ---- drawing ----

  scheduleRedraw(): void {
    if (this.redrawQueued || !this.overlay) return;
    this.redrawQueued = true;
    requestAnimationFrame(() => this.redraw());
  }

  private redraw(): void {
    this.redrawQueued = false;
    const overlay = this.overlay;
    if (!overlay || this.signal.aborted) return;
    try {
      this.prune();
      overlay.ensureAttached();
      // Underlines are boxes in our closed shadow root for every kind of field. (Not the CSS Custom Highlight API:
      // its registry, CSS.highlights, is shared with the page's scripts, which could read every flagged range.)
      const groups: MarkGroup[] = [];
      let unfinished = false;
      for (const session of this.sessions.values()) {
        try {
          // A few ms per frame: hundreds of findings in a huge text are measured over several frames.
          if (!session.measure(MEASURE_BUDGET_MS)) unfinished = true;
        } catch (error) {
          // One field's failure: draw nothing for it, go on with the others.
          reportOnce('drawing', error);
          session.drawn = [];
          session.nudgeAnchor = null;
        }
        for (const { finding, rects } of session.drawn) groups.push({ family: familyOf(finding.category), rects });
      }
      paintMarks(overlay.marks, groups);
      if (unfinished) this.scheduleRedraw();
      this.paintBadges(overlay);
      this.paintNotes(overlay);
      if (this.card?.isOpen) {
        const anchor = this.cardAnchor();
        if (anchor) this.card.place(anchor);
      }
    } catch (error) {
      reportOnce('drawing', error);
    }
    this.publish();
  }

  /** A short note under fields whose text is too long to check in full. */
  private paintNotes(overlay: Overlay): void {
    const truncated = [...this.sessions.values()].filter((s) => s.truncated && !s.isComposing);
    const layer = overlay.notes;
    truncated.forEach((session, index) => {
      let note = layer.children[index] as HTMLElement | undefined;
      if (!note) {
        note = this.doc.createElement('div');
        note.className = 'note';
        note.setAttribute('role', 'note');
        note.textContent = tooLongNote();
        layer.append(note);
      }
      const box = this.boxOf(session.element);
      note.style.left = `${box.x}px`;
      note.style.top = `${box.y + box.height + 2}px`;
    });
    while (layer.children.length > truncated.length) layer.lastElementChild?.remove();
  }

  private paintBadges(overlay: Overlay): void {
    const anchors = [...this.sessions.values()].filter((s) => s.nudgeAnchor);
    const layer = overlay.badges;
    anchors.forEach((session, index) => {
      let badge = layer.children[index] as HTMLButtonElement | undefined;
      if (!badge) {
        badge = this.doc.createElement('button');
        badge.type = 'button';
        badge.className = 'badge';
        badge.textContent = '♥';
        badge.setAttribute('aria-label', 'Attune: a suggestion for this message');
        badge.addEventListener('mousedown', (e) => e.isTrusted && e.preventDefault());
        badge.addEventListener('click', (e) => {
          const owner = (e.currentTarget as HTMLElement & { attuneSession?: FieldSession }).attuneSession;
          if (e.isTrusted && owner) this.openCard({ session: owner, kind: 'nudge' }, 'pointer');
        });
        layer.append(badge);
      }
      (badge as HTMLElement & { attuneSession?: FieldSession }).attuneSession = session;
      const a = session.nudgeAnchor as Rect;
      badge.style.left = `${a.x}px`;
      badge.style.top = `${a.y}px`;
    });
    while (layer.children.length > anchors.length) layer.lastElementChild?.remove();
  }

  // ---- the card ----

  private cardAnchor(): Rect | null {
    const target = this.cardTarget;
    if (!target) return null;
    if (target.kind === 'nudge') return target.session.nudgeAnchor ?? this.boxOf(target.session.element);
    const drawn = target.session.drawn.find((d) => d.finding === target.finding);
    const rect = drawn?.rects[drawn.rects.length - 1];
    if (rect) this.lastAnchor = rect;
    return rect ?? this.lastAnchor ?? this.boxOf(target.session.element);
  }

  private boxOf(element: Element): Rect {
    const r = element.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }

  private openCard(target: CardTarget, by: 'keyboard' | 'pointer', notice: string | null = null, returnCaret?: number | null): void {
    const card = this.card;
    if (!card) return;
    this.cancelHoverTimers();
    this.lastAnchor = null;
    const caret = returnCaret !== undefined ? returnCaret : by === 'keyboard' ? target.session.adapter.caretOffset() : null;
    this.cardTarget = target;
    this.returnCaret = caret;
    this.cardBy = by;
    this.cardNotice = notice;
    target.session.measure();
    const model: CardModel =
      target.kind === 'finding'
        ? {
            category: categoryName(target.finding.category),
            colour: FAMILY_COLOURS[familyOf(target.finding.category)],
            message: target.finding.message,
            suggestions: target.finding.suggestions,
            isNudge: false,
            ...(notice ? { notice } : {}),
          }
        : {
            category: 'Acknowledge feelings first',
            colour: FAMILY_COLOURS.redirecting,
            message: target.session.nudge?.message ?? '',
            suggestions: target.session.nudge?.insert ?? [],
            isNudge: true,
            ...(notice ? { notice } : {}),
          };
    card.open(
      model,
      this.cardAnchor() ?? this.boxOf(target.session.element),
      {
        apply: (index) => void this.applySuggestion(index),
        ignoreHere: () =>
          this.quiet(() => (target.kind === 'finding' ? target.session.ignoreHere(target.finding) : target.session.ignoreNudge())),
        ignorePhrase: () =>
          this.quiet(() => {
            if (target.kind !== 'finding') return;
            ignorePhrase(target.finding.text);
            this.locallyIgnored.push(target.finding.text);
            this.refreshOptions();
          }),
        disableCategory: () =>
          this.quiet(() => {
            if (target.kind !== 'finding') return;
            disableCategory(target.finding.category);
            this.locallyDisabled.add(target.finding.category);
            this.refreshOptions();
          }),
        openSettings: () => {
          openOptions();
          this.closeCard();
        },
        dismiss: (returnFocus) => {
          const caret = this.returnCaret;
          this.closeCard();
          if (!returnFocus) return;
          if (caret !== null) target.session.adapter.focusAt(caret);
          else target.session.element.focus({ preventScroll: true });
        },
      },
      by === 'keyboard',
    );
    this.publish();
  }

  /** Run a "stop flagging" action, then close the card and give focus back if the card had it. */
  private quiet(action: () => void): void {
    const target = this.cardTarget;
    const hadFocus = this.card?.hasFocus() ?? false;
    const caret = this.returnCaret;
    action();
    this.closeCard();
    if (target && hadFocus && caret !== null) target.session.adapter.focusAt(caret);
    this.scheduleRedraw();
  }

  private closeCard(): void {
    this.cancelHoverTimers();
    this.card?.close();
    this.cardTarget = null;
    this.cardNotice = null;
    this.returnCaret = null;
    this.lastAnchor = null;
    this.publish();
  }

  private async applySuggestion(index: number): Promise<void> {
    const target = this.cardTarget;
    if (!target) return;
    const session = target.session;
    if (session.isComposing) return; // never change text an IME is composing
    const by = this.cardBy;
    const replacement =
      target.kind === 'finding'
        ? { start: target.finding.start, end: target.finding.end, expected: target.finding.text, text: target.finding.suggestions[index] }
        : { start: session.nudge?.at ?? 0, end: session.nudge?.at ?? 0, expected: '', text: session.nudge?.insert[index] };
    if (replacement.text === undefined) return;
    const caretBefore = this.returnCaret;
    this.card?.close();
    this.cardTarget = null;
    let outcome: Awaited<ReturnType<typeof applyReplacement>>;
    try {
      outcome = await applyReplacement(session.adapter, { ...replacement, text: replacement.text });
    } catch (error) {
      reportOnce('applying a suggestion', error);
      this.closeCard();
      return;
    }
    if (!outcome.ok) {
      await session.analyse();
      const refreshed = target.kind === 'finding' ? this.closestFinding(session, target.finding) : null;
      if (refreshed) this.openCard({ session, kind: 'finding', finding: refreshed }, by, STALE_NOTICE, caretBefore);
      else if (target.kind === 'nudge' && session.nudge) this.openCard(target, by, STALE_NOTICE, caretBefore);
      else {
        this.announce(STALE_NOTICE);
        if (caretBefore !== null) session.adapter.focusAt(Math.min(caretBefore, session.text.length));
      }
      return;
    }
    this.applied++;
    if (target.kind === 'finding') this.stats.accepted(target.finding.category);
    this.closeCard();
    this.announce('Suggestion applied');
    void session.analyse();
  }

  private closestFinding(session: FieldSession, old: Finding): Finding | null {
    let best: Finding | null = null;
    for (const f of session.findings) {
      if (f.rule !== old.rule) continue;
      if (!best || Math.abs(f.start - old.start) < Math.abs(best.start - old.start)) best = f;
    }
    return best;
  }

  private announce(text: string): void {
    const live = this.overlay?.live;
    if (!live) return;
    // Clear first so the same message twice is announced twice.
    live.textContent = '';
    setTimeout(() => {
      live.textContent = text;
    }, 30);
  }

  // ---- input ----

  onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || event.isComposing || this.sessions.size === 0) return;
    const isShortcut = matchesShortcut(event, this.settings?.shortcut || DEFAULT_SETTINGS.shortcut);
    if (!isShortcut && event.key !== 'Escape') return; // typing: nothing of ours to do
    if (this.overlay?.owns(event)) return; // the card handles its own keys
    if (event.key === 'Escape' && this.card?.isOpen) {
      event.preventDefault();
      event.stopPropagation();
      this.closeCard();
      return;
    }
    if (!isShortcut) return;
    const field = findField(event.composedPath()[0]);
    const session = field ? this.sessions.get(field.element) : undefined;
    if (!session || session.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    void this.openCardAtCaret(session);
  }

  /** The shortcut: the card for the finding nearest the caret, after analysing any text not analysed yet. */
  private async openCardAtCaret(session: FieldSession): Promise<void> {
    if (session.debouncer.pending || session.adapter.readText() !== session.text) await session.analyse();
    if (session.isComposing || this.sessions.get(session.element) !== session) return;
    const caret = session.adapter.caretOffset() ?? session.text.length;
    const index = findingIndexNearCaret(session.findings, caret);
    const finding = session.findings[index];
    if (finding) this.openCard({ session, kind: 'finding', finding }, 'keyboard');
    else if (session.nudge) this.openCard({ session, kind: 'nudge' }, 'keyboard');
    else this.announce('No suggestions here');
  }

  private hitAt(x: number, y: number): { session: FieldSession; finding: Finding } | null {
    for (const session of this.sessions.values()) {
      const index = hitTest(session.drawn, x, y, 1);
      const drawn = session.drawn[index];
      if (drawn) return { session, finding: drawn.finding };
    }
    return null;
  }

  private cancelHoverTimers(): void {
    if (this.hoverOpenTimer) clearTimeout(this.hoverOpenTimer);
    if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
    this.hoverOpenTimer = null;
    this.hoverCloseTimer = null;
    this.hoverCandidate = null;
  }

  onMouseMove(event: MouseEvent): void {
    if (!event.isTrusted || this.sessions.size === 0 || !this.card) return;
    if (this.overlay?.owns(event)) {
      if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
      this.hoverCloseTimer = null;
      return;
    }
    const hit = this.hitAt(event.clientX, event.clientY);
    const open = this.cardTarget;
    if (hit) {
      if (this.hoverCloseTimer) clearTimeout(this.hoverCloseTimer);
      this.hoverCloseTimer = null;
      if (open?.kind === 'finding' && open.finding === hit.finding) return;
      if (this.hoverCandidate === hit.finding) return;
      if (this.card.hasFocus()) return; // do not yank a keyboard user's card away
      if (this.hoverOpenTimer) clearTimeout(this.hoverOpenTimer);
      this.hoverCandidate = hit.finding;
      this.hoverOpenTimer = setTimeout(() => {
        this.hoverOpenTimer = null;
        this.hoverCandidate = null;
        if (hit.session.findings.includes(hit.finding))
          this.openCard({ session: hit.session, kind: 'finding', finding: hit.finding }, 'pointer');
      }, HOVER_OPEN_MS);
      return;
    }
    if (this.hoverOpenTimer) clearTimeout(this.hoverOpenTimer);
    this.hoverOpenTimer = null;
    this.hoverCandidate = null;
    if (this.card.isOpen && this.cardBy === 'pointer' && !this.card.contains(event.clientX, event.clientY) && !this.hoverCloseTimer) {
      this.hoverCloseTimer = setTimeout(() => {
        this.hoverCloseTimer = null;
        if (this.cardBy === 'pointer' && !this.card?.hasFocus()) this.closeCard();
      }, HOVER_CLOSE_MS);
    }
  }

  onClick(event: MouseEvent): void {
    if (!event.isTrusted || this.sessions.size === 0 || this.overlay?.owns(event)) return;
    const hit = this.hitAt(event.clientX, event.clientY);
    if (hit) {
      const open = this.cardTarget;
      if (!(open?.kind === 'finding' && open.finding === hit.finding))
        this.openCard({ session: hit.session, kind: 'finding', finding: hit.finding }, 'pointer');
      return;
    }
    if (this.card?.isOpen) this.closeCard();
  }

  // ---- test hook ----

  publish(): void {
    if (!__ATTUNE_TEST__) return;
    const sessions = [...this.sessions.values()].sort((a, b) => inPageOrder(a.element, b.element));
    const target = this.cardTarget;
    const model = this.card?.current;
    publishTestState(this.doc, {
      fields: sessions.map((session, index) => ({
        index,
        tag: session.element.localName,
        id: session.element.id || null,
        adapter: session.adapter.name,
        findings: session.drawn.map(({ finding, rects }) => ({
          rule: finding.rule,
          category: finding.category,
          start: finding.start,
          end: finding.end,
          text: finding.text,
          suggestions: [...finding.suggestions],
          rects: rects.map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
        })),
        nudge: session.nudge !== null,
        pending: session.pending,
        truncated: session.truncated,
      })),
      card:
        target && model
          ? {
              open: true,
              rule: target.kind === 'finding' ? target.finding.rule : (target.session.nudge?.rule ?? ''),
              text: target.kind === 'finding' ? target.finding.text : '',
              suggestions: [...model.suggestions],
              focusedIndex: this.card?.focusedIndex ?? -1,
              message: model.message,
              notice: this.cardNotice,
            }
          : null,
      applied: this.applied,
    });
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.cancelHoverTimers();
    this.overlay?.dispose();
  }
}

/** The focused element, inside open shadow roots too. */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}
