// One watched field: its adapter, its analyzer, the latest findings and where they are drawn.
import type { Rect } from '../card/hit-test';
import { createDebouncer, type Debouncer } from '../debounce';
import type { FieldAdapter } from '../editors/adapter';
import type { AnalysisResult, AnalyzeOptions, Analyzer, Finding, Nudge } from '../engine-client';
import { createAnalyzer } from '../engine-client';
import { reportOnce } from '../report';

export const ANALYSIS_DELAY_MS = 150;
/** Later calls that bring the pending count no lower before we stop: a text too big for the engine's cache never finishes. */
const MAX_STALLED_CALLS = 8;

export interface DrawnFinding {
  finding: Finding;
  rects: Rect[];
}

/** Test build only: text containing this makes drawing throw, to check one field's failure stays in that field. */
export const TEST_DRAW_FAULT = 'ATTUNE-TEST-FAULT-DRAW';

function ignoreKey(finding: Finding): string {
  return `${finding.rule}\u0000${finding.text.toLowerCase()}`;
}

export class FieldSession {
  readonly analyzer: Analyzer;
  readonly debouncer: Debouncer;
  /** The text the current findings were computed from. */
  text = '';
  findings: Finding[] = [];
  nudge: Nudge | null = null;
  drawn: DrawnFinding[] = [];
  nudgeAnchor: Rect | null = null;
  /** Sentences not analysed yet (the rest comes in later tasks). */
  pending = 0;
  /** Only part of the text was checked: it is longer than the engine checks, or analysis stopped making progress. */
  truncated = false;
  private continuation: ReturnType<typeof setTimeout> | null = null;
  /** Numbers the requests to the background: only the newest one's reply is applied. */
  private requests = 0;
  /** Input events and DOM changes seen: a reply for a text read before a change may be stale. */
  private changes = 0;
  private fewestPending = Number.POSITIVE_INFINITY;
  private stalled = 0;
  private disposed = false;
  private composing = false;
  private nudgeIgnored = false;
  private readonly ignoredHere = new Set<string>();
  private readonly cleanups: (() => void)[] = [];
  private lastBox = '';
  /** Findings measured so far by a measure() that ran out of time (0: start over). */
  private measured = 0;

  constructor(
    readonly adapter: FieldAdapter,
    options: AnalyzeOptions,
    private readonly onAnalysed: (session: FieldSession) => void,
    private readonly onLayout: () => void,
    private readonly onComposition: (composing: boolean) => void = () => {},
  ) {
    this.analyzer = createAnalyzer(options);
    this.debouncer = createDebouncer(() => void this.analyse(), ANALYSIS_DELAY_MS);
    const el = adapter.element;
    const listen = (type: string, fn: (event: Event) => void) => {
      el.addEventListener(type, fn);
      this.cleanups.push(() => el.removeEventListener(type, fn));
    };
    listen('input', (event) => {
      this.changes++;
      // A committed composition whose compositionend never came (some IMEs, some drivers): typing is plain again.
      if (this.composing && event.isTrusted && (event as InputEvent).isComposing === false) {
        this.composing = false;
        this.onComposition(false);
      }
      this.schedule();
    });
    // While an IME composes, the text is provisional: draw nothing and change nothing until it is committed.
    listen('compositionstart', (event) => {
      if (!event.isTrusted) return;
      this.composing = true;
      this.debouncer.cancel();
      this.cancelContinuation();
      this.requests++; // a reply arriving during composition is dropped
      this.onComposition(true);
      this.onLayout();
    });
    listen('compositionend', (event) => {
      if (!event.isTrusted) return;
      this.composing = false;
      this.onComposition(false);
      this.schedule();
    });
    // Leaving the field commits any composition, even when compositionend does not arrive.
    listen('blur', () => {
      if (!this.composing) return;
      this.composing = false;
      this.onComposition(false);
      this.schedule();
    });
    listen('scroll', () => this.onLayout());
    if (typeof ResizeObserver === 'function') {
      const resize = new ResizeObserver(() => this.onLayout());
      resize.observe(el);
      this.cleanups.push(() => resize.disconnect());
    }
    if (adapter.kind === 'contenteditable') {
      // Rich editors often change the DOM without an input event (they cancel beforeinput), so watch the DOM too.
      const mutations = new MutationObserver(() => {
        this.changes++;
        this.schedule();
      });
      mutations.observe(el, { characterData: true, childList: true, subtree: true });
      this.cleanups.push(() => mutations.disconnect());
    }
  }

  get element(): HTMLElement {
    return this.adapter.element;
  }

  get isComposing(): boolean {
    return this.composing;
  }

  schedule(): void {
    if (!this.composing) this.debouncer.schedule();
  }

  /**
   * Analyse now (skipped during IME composition). The background analyses within a time budget; sentences left
   * over are asked for in later requests until none is pending. A reply is applied only if no newer request was
   * made and the field still holds the text it was computed for. An error is reported and clears this field only.
   * Resolves once this request's reply was applied or dropped.
   */
  analyse(continued = false): Promise<void> {
    this.debouncer.cancel();
    this.cancelContinuation();
    if (this.composing || this.disposed) return Promise.resolve();
    if (!continued) {
      this.fewestPending = Number.POSITIVE_INFINITY;
      this.stalled = 0;
    }
    const request = ++this.requests;
    const changes = this.changes;
    let text = '';
    try {
      text = this.adapter.readText();
    } catch (error) {
      this.fail(error, text);
      return Promise.resolve();
    }
    // Nothing to analyse: no round trip.
    if (!text.trim()) {
      this.accept(text, { findings: [], signals: { reacts: false, interprets: false, explores: false, advice: false } });
      return Promise.resolve();
    }
    return this.analyzer.update(text).then(
      (result) => {
        if (this.isCurrent(request, changes, text)) this.accept(text, result);
      },
      (error: unknown) => {
        if (this.isCurrent(request, changes, text)) this.fail(error, text);
      },
    );
  }

  /** Whether a reply is still wanted: the newest request, and the field's text unchanged since it was read. */
  private isCurrent(request: number, changes: number, text: string): boolean {
    if (request !== this.requests || this.disposed || this.composing) return false;
    // Contenteditable: no input or DOM change since the request means the same text (reading a huge one is not free).
    const maybeChanged = this.adapter.kind === 'text-control' || changes !== this.changes;
    if (maybeChanged && this.adapter.readText() !== text) {
      this.schedule(); // never apply findings to a text they were not computed for; the newer text gets its own turn
      return false;
    }
    return true;
  }

  private accept(text: string, result: AnalysisResult): void {
    const pending = result.pending ?? 0;
    if (pending > 0 && pending < this.fewestPending) {
      this.fewestPending = pending;
      this.stalled = 0;
    } else if (pending > 0) {
      this.stalled++;
    }
    this.text = text;
    this.findings = result.findings.filter((finding) => !this.ignoredHere.has(ignoreKey(finding)));
    this.nudge = this.nudgeIgnored ? null : (result.signals.nudge ?? null);
    // No progress for a while: stop and say the text was checked only in part.
    const givenUp = pending > 0 && this.stalled >= MAX_STALLED_CALLS;
    this.pending = givenUp ? 0 : pending;
    this.truncated = result.truncated === true || givenUp;
    // The background's sentence cache keeps what was done; each later request analyses the next sentences.
    if (this.pending > 0) this.continuation = setTimeout(() => void this.analyse(true), 0);
    this.onAnalysed(this);
  }

  private fail(error: unknown, text: string): void {
    reportOnce('analysis', error);
    this.text = text;
    this.findings = [];
    this.nudge = null;
    this.pending = 0;
    this.truncated = false;
    this.onAnalysed(this);
  }

  private cancelContinuation(): void {
    if (this.continuation !== null) clearTimeout(this.continuation);
    this.continuation = null;
  }

  /** Periodic check for changes that fire no event (a page setting .value, moving the field). */
  poll(): void {
    if (this.debouncer.pending || this.composing) return;
    if (this.adapter.kind === 'text-control' && this.adapter.readText() !== this.text) {
      this.schedule();
      return;
    }
    const box = this.element.getBoundingClientRect();
    const key = `${box.x},${box.y},${box.width},${box.height}`;
    if (key !== this.lastBox) {
      this.lastBox = key;
      this.onLayout();
    }
  }

  ignoreHere(finding: Finding): void {
    this.ignoredHere.add(ignoreKey(finding));
    this.findings = this.findings.filter((f) => f !== finding);
  }

  ignoreNudge(): void {
    this.nudgeIgnored = true;
    this.nudge = null;
  }

  /**
   * Measure where each finding and the nudge badge are on screen now. With a budget, stops after about that long
   * (hundreds of findings in a huge text) and returns false: the next call goes on where this one stopped, keeping
   * the rects measured so far, so no frame spends long on it.
   */
  measure(budgetMs = Number.POSITIVE_INFINITY): boolean {
    if (this.composing) {
      this.drawn = [];
      this.nudgeAnchor = null;
      this.measured = 0;
      return true;
    }
    if (__ATTUNE_TEST__ && this.text.includes(TEST_DRAW_FAULT)) throw new Error('test fault in drawing');
    // Offsets are only meaningful for the text they were computed from; while typing, wait for the next analysis.
    const stale = this.adapter.kind === 'text-control' && this.adapter.readText() !== this.text;
    const box = this.element.getBoundingClientRect();
    // Bottom-right, clear of a textarea's resize grip and scrollbar.
    this.nudgeAnchor = this.nudge && box.width > 0 ? { x: box.right - 40, y: box.bottom - 24, width: 18, height: 18 } : null;
    if (stale) {
      this.drawn = [];
      this.measured = 0;
      return true;
    }
    // Go on from the last call only if it stopped early over the same findings.
    const from =
      this.drawn.length === this.findings.length && this.drawn.every((d, i) => d.finding === this.findings[i]) ? this.measured : 0;
    const drawn: DrawnFinding[] = from > 0 ? this.drawn.slice(0, from) : [];
    const started = performance.now();
    let index = from;
    for (; index < this.findings.length; index++) {
      if (index > from && performance.now() - started > budgetMs) break;
      const finding = this.findings[index] as Finding;
      let rects: Rect[] = [];
      let below = false;
      try {
        rects = this.adapter.rects(finding.start, finding.end);
        below = rects.length === 0 && this.adapter.belowView?.() === true;
      } catch {
        // The DOM changed under a stale map; the pending analysis will redraw.
      }
      drawn.push({ finding, rects });
      // In text order, after one below the visible part the rest are below it too.
      if (below && this.findings.slice(index + 1).every((f) => f.start >= finding.start)) {
        index = this.findings.length;
        break;
      }
    }
    const complete = index >= this.findings.length;
    // Below the view, or not measured yet: drawn without rects for now.
    for (let i = drawn.length; i < this.findings.length; i++) drawn.push({ finding: this.findings[i] as Finding, rects: [] });
    this.drawn = drawn;
    this.measured = complete ? 0 : index;
    return complete;
  }

  dispose(): void {
    this.disposed = true;
    this.debouncer.cancel();
    this.cancelContinuation();
    this.analyzer.dispose();
    for (const cleanup of this.cleanups) cleanup();
    this.adapter.dispose();
  }
}
