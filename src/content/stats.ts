// The anonymous counters the settings page shows: how often each category was shown and accepted, and
// how many nudges the focused field has (for the toolbar). Counts only: never the text.
import type { Category } from './engine-client';

export type StatMessage =
  | { type: 'attune:stat'; category: Category; event: 'shown' | 'accepted' }
  | { type: 'attune:count'; count: number };

interface Shown {
  rule: string;
  text: string;
  category: Category;
}

export class StatsReporter {
  /** Per field session: the findings already counted as shown, by rule and text (not offsets, which move). */
  private readonly seen = new WeakMap<object, Set<string>>();
  private lastCount: number | null = null;

  constructor(private readonly send: (message: StatMessage) => void) {}

  /** Counts each finding once per field session, however often it is redrawn or re-analysed. */
  shown(session: object, findings: readonly Shown[]): void {
    let seen = this.seen.get(session);
    if (!seen) {
      seen = new Set();
      this.seen.set(session, seen);
    }
    for (const finding of findings) {
      const key = `${finding.rule}\u0000${finding.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.send({ type: 'attune:stat', category: finding.category, event: 'shown' });
    }
  }

  accepted(category: Category): void {
    this.send({ type: 'attune:stat', category, event: 'accepted' });
  }

  /** The number of nudges in the focused field; sent only when it changes. */
  count(count: number): void {
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.send({ type: 'attune:count', count });
  }
}
