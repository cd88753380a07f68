// The only door from src/content to the engine, so loading it lazily later is a change in one file.
import { createIncrementalAnalyzer } from '../engine';
import type { AnalysisResult, AnalyzeOptions } from '../engine/types';

export type { AnalysisResult, AnalyzeOptions, Category, Finding, Nudge } from '../engine/types';
export { CATEGORIES } from '../engine/types';

export interface Analyzer {
  /** With `budgetMs`, stops after about that long; `pending` says how many sentences are left for a later call. */
  update(text: string, budgetMs?: number): AnalysisResult;
  setOptions(options: AnalyzeOptions): void;
}

/** Test build only: text containing this makes analysis throw, to check one field's failure stays in that field. */
export const TEST_ANALYSIS_FAULT = 'ATTUNE-TEST-FAULT-ANALYSIS';

export function createAnalyzer(options: AnalyzeOptions): Analyzer {
  const analyzer = createIncrementalAnalyzer(options);
  if (!__ATTUNE_TEST__) return analyzer;
  return {
    update(text, budgetMs) {
      if (text.includes(TEST_ANALYSIS_FAULT)) throw new Error('test fault in analysis');
      return analyzer.update(text, budgetMs);
    },
    setOptions: (o) => analyzer.setOptions(o),
  };
}
