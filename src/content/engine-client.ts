// The only door from src/content to the engine. The engine is a separate file (entrypoints/engine.ts)
// imported on the first focus of a field, so a page where nobody types loads neither compromise nor
// the rules; after that, analysis is synchronous.
import { browser } from 'wxt/browser';
import type { AnalysisResult, AnalyzeOptions, IncrementalAnalyzer } from '../engine/types';
import { ENGINE_GLOBAL } from './engine-global';

export type { AnalysisResult, AnalyzeOptions, Category, Finding, Nudge } from '../engine/types';
export { CATEGORIES } from '../engine/types';

export interface Analyzer {
  /** With `budgetMs`, stops after about that long; `pending` says how many sentences are left for a later call. */
  update(text: string, budgetMs?: number): AnalysisResult;
  setOptions(options: AnalyzeOptions): void;
}

interface Engine {
  createIncrementalAnalyzer(options: AnalyzeOptions): IncrementalAnalyzer;
}

/** Test build only: text containing this makes analysis throw, to check one field's failure stays in that field. */
export const TEST_ANALYSIS_FAULT = 'ATTUNE-TEST-FAULT-ANALYSIS';

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

// Chrome: import the separate engine.js by its extension URL. Firefox: Mozilla's linter refuses an
// import() of a computed URL (and a literal path resolves against the page), so the Firefox build
// bundles the engine into the content script instead, still evaluated only on first use.
const importEngine = async (): Promise<Engine | undefined> => {
  if (import.meta.env.BROWSER === 'firefox') return import('../engine');
  await import(/* @vite-ignore */ browser.runtime.getURL('/engine.js'));
  return (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] as Engine | undefined;
};

/** Loads the engine once; later calls return the same promise. */
export function loadEngine(): Promise<Engine> {
  loading ??= importEngine().then((loaded) => {
    if (!loaded) throw new Error('the engine file loaded but did not register itself');
    engine = loaded;
    return loaded;
  });
  loading.catch(() => {
    loading = null; // a failed load (extension reloaded, file missing) is retried on the next focus
  });
  return loading;
}

/** Needs `loadEngine()` to have resolved. */
export function createAnalyzer(options: AnalyzeOptions): Analyzer {
  if (!engine) throw new Error('the engine is not loaded yet');
  const analyzer = engine.createIncrementalAnalyzer(options);
  if (!__ATTUNE_TEST__) return analyzer;
  return {
    update(text, budgetMs) {
      if (text.includes(TEST_ANALYSIS_FAULT)) throw new Error('test fault in analysis');
      return analyzer.update(text, budgetMs);
    },
    setOptions: (o) => analyzer.setOptions(o),
  };
}
