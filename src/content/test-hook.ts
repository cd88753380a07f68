// Test build only (callers guard with __ATTUNE_TEST__, so the shipped build drops this module):
// publishes what Attune shows, for the end-to-end tests to read.
import type { Rect } from './card/hit-test';

export interface TestState {
  fields: {
    index: number;
    tag: string;
    id: string | null;
    adapter: string;
    findings: { rule: string; category: string; start: number; end: number; text: string; suggestions: string[]; rects: Rect[] }[];
    nudge: boolean;
    /** Sentences still to analyse in later tasks. */
    pending: number;
    /** Only the start of a very long text was checked. */
    truncated: boolean;
  }[];
  card: null | {
    open: true;
    rule: string;
    text: string;
    suggestions: string[];
    focusedIndex: number;
    message: string;
    notice: string | null;
  };
  applied: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function publishTestState(doc: Document, state: TestState): void {
  for (const field of state.fields) {
    for (const finding of field.findings) {
      finding.rects = finding.rects.map((r) => ({ x: round(r.x), y: round(r.y), width: round(r.width), height: round(r.height) }));
    }
  }
  doc.documentElement.dataset.attuneTest = JSON.stringify(state);
}
