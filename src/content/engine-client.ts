// The only door from src/content to the engine, so loading it lazily later is a change in one file.
import { createIncrementalAnalyzer } from '../engine';
import type { AnalysisResult, AnalyzeOptions } from '../engine/types';

export type { AnalysisResult, AnalyzeOptions, Category, Finding, Nudge } from '../engine/types';
export { CATEGORIES } from '../engine/types';

export interface Analyzer {
  update(text: string): AnalysisResult;
  setOptions(options: AnalyzeOptions): void;
}

export function createAnalyzer(options: AnalyzeOptions): Analyzer {
  return createIncrementalAnalyzer(options);
}
