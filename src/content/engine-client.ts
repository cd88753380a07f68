// The only door from src/content to analysis. The engine runs in the background (src/settings/background-analysis.ts):
// the content script sends a field's text over runtime messaging (local, never the network) and gets the findings
// back, so compromise and the rules never load or run on the page's main thread.
import { browser } from 'wxt/browser';
import type { AnalysisResult, AnalyzeOptions } from '../engine/types';
import { type AnalysisMessage, type AnalysisReply, MAX_SENT_TEXT } from '../settings/background-analysis-protocol';

export type { AnalysisResult, AnalyzeOptions, Category, Finding, Nudge } from '../engine/types';

export interface Analyzer {
  /** The analysis of `text`; `pending` > 0 says the background stopped at its time budget: call again to go on. */
  update(text: string): Promise<AnalysisResult>;
  setOptions(options: AnalyzeOptions): void;
  /** The field is gone: the background may drop what it keeps for it. */
  dispose(): void;
}

// Field ids only need to be unique within this frame's content script; the background adds tab and frame.
const documentId = Math.random().toString(36).slice(2, 10);
let fieldCount = 0;

const send = (message: AnalysisMessage): Promise<AnalysisReply | undefined> => browser.runtime.sendMessage(message);

/** A field was focused: have the background load the engine now rather than after the first typing pause. */
export function warmAnalysis(): void {
  void Promise.resolve()
    .then(() => send({ type: 'attune:analysis-warm' }))
    .catch(() => undefined);
}

export function createAnalyzer(initial: AnalyzeOptions): Analyzer {
  const field = `${documentId}-${++fieldCount}`;
  let options = initial;
  return {
    async update(text) {
      // The engine checks only the first 100,000 characters; a longer text gives the same result capped.
      const sent = text.length > MAX_SENT_TEXT ? text.slice(0, MAX_SENT_TEXT) : text;
      const reply = await send({ type: 'attune:analyze', field, text: sent, options });
      if (!reply?.ok || !reply.result)
        throw new Error(`analysis in the background failed: ${reply?.ok ? 'no result' : (reply?.error ?? 'no reply')}`);
      return reply.result;
    },
    setOptions(next) {
      options = next;
    },
    dispose() {
      // Fire and forget; a reloaded extension (no receiver) must not break the page.
      void Promise.resolve()
        .then(() => send({ type: 'attune:analysis-drop', field }))
        .catch(() => undefined);
    },
  };
}
