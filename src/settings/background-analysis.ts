// Analysis for the content scripts, run in the background (Chrome: the MV3 service worker; Firefox: the MV2
// background page), so compromise and the rules never run on a page's main thread. One incremental analyzer per
// field (tab, frame, field id), kept in memory only (no text is ever stored), at most MAX_ANALYZERS of them,
// least recently used dropped first, all of a tab's dropped when it closes.
import { browser, type Browser } from 'wxt/browser';
import type { AnalyzeOptions, IncrementalAnalyzer, RuleSource } from '../engine/types';
import { type AnalysisReply, TEST_ANALYSIS_FAULT, parseAnalysisMessage } from './background-analysis-protocol';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'frameId'>;

const MAX_ANALYZERS = 32;
/**
 * Time for analysing new sentences per request, so one huge field does not hold up other tabs' requests for long.
 * It counts from the start of the call, including walking the text (~10 ms for 100,000 characters); no page waits
 * on this thread, so it is not lowered for huge texts (that would leave no time to make progress).
 */
const BUDGET_MS = 30;

interface Entry {
  analyzer: IncrementalAnalyzer;
  tabId: number;
  options: string;
}

const analyzers = new Map<string, Entry>();

type Engine = typeof import('../engine');
let engine: Promise<Engine> | null = null;

// Bundled into the background script but evaluated on the first analysis, not on every start of the worker
// (the popup and the counters wake it too).
function loadEngine(): Promise<Engine> {
  engine ??= import('../engine').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

// The engine keeps compiled rule sets per extra-rules array (by identity): messages bring a new copy each time,
// so equal lists are mapped to one array. Empty lists are `undefined`.
const rulesByJson = new Map<string, readonly RuleSource[]>();
function canonical(options: AnalyzeOptions): AnalyzeOptions {
  const extra = options.extraRules;
  if (!extra?.length) return { ...options, extraRules: undefined };
  const json = JSON.stringify(extra);
  let known = rulesByJson.get(json);
  if (!known) {
    if (rulesByJson.size >= 4) rulesByJson.clear();
    known = extra;
    rulesByJson.set(json, known);
  }
  return { ...options, extraRules: known };
}

/** Handles one analysis message. Only Attune's own content scripts (a tab, our extension id) are answered. */
export async function handleAnalysis(raw: unknown, sender: Sender): Promise<AnalysisReply> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'foreign-sender' };
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'no-tab' };
  const message = parseAnalysisMessage(raw);
  if (!message) return { ok: false, error: 'bad-message' };
  if (message.type === 'attune:analysis-warm') {
    await loadEngine();
    return { ok: true };
  }
  const key = `${tabId}:${sender.frameId ?? 0}:${message.field}`;
  if (message.type === 'attune:analysis-drop') {
    analyzers.delete(key);
    return { ok: true };
  }
  if (__ATTUNE_TEST__ && message.text.includes(TEST_ANALYSIS_FAULT)) throw new Error('test fault in analysis');
  const { createIncrementalAnalyzer } = await loadEngine();
  const options = canonical(message.options);
  const optionsKey = JSON.stringify(options);
  let entry = analyzers.get(key);
  if (entry) {
    analyzers.delete(key); // re-inserted below: the Map's order is the LRU order
    if (entry.options !== optionsKey) {
      entry.analyzer.setOptions(options);
      entry.options = optionsKey;
    }
  } else {
    entry = { analyzer: createIncrementalAnalyzer(options), tabId, options: optionsKey };
  }
  analyzers.set(key, entry);
  for (const oldest of analyzers.keys()) {
    if (analyzers.size <= MAX_ANALYZERS) break;
    analyzers.delete(oldest);
  }
  return { ok: true, result: entry.analyzer.update(message.text, BUDGET_MS) };
}

/** A closed tab's analyzers (and the sentences they cache) are dropped. */
export function forgetTabAnalyzers(tabId: number): void {
  for (const [key, entry] of analyzers) if (entry.tabId === tabId) analyzers.delete(key);
}

/** For tests: how many analyzers are kept. */
export function analyzerCount(): number {
  return analyzers.size;
}
