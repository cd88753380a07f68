// The engine's entry point: analysis with the compiled rule packs. Pure TypeScript, no DOM.
import packs from '../../generated/rules.json';
import { Analyzer } from './analyzer';
import type { CompiledPacks } from './compiled';
import { checkPack, checkRule } from './validate';
import type { AnalysisResult, AnalyzeOptions, IncrementalAnalyzer, RuleSource } from './types';

export * from './types';
export { Analyzer, MAX_TEXT_LENGTH, normalizePhrase } from './analyzer';
export type { Pack } from './validate';

const compiled = packs as unknown as CompiledPacks;

/** Analyse a whole text from scratch. Never throws; empty or whitespace text gives no findings. */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  // A fresh analyzer: its sentence cache lives for this call only (repeated sentences parse once).
  return new Analyzer(compiled, options).analyze(text);
}

export function createIncrementalAnalyzer(options: AnalyzeOptions = {}): IncrementalAnalyzer {
  const analyzer = new Analyzer(compiled, options);
  return {
    update: (text, budgetMs) => analyzer.analyze(text, budgetMs === undefined ? undefined : { ms: budgetMs }),
    setOptions: (o) => analyzer.setOptions(o),
  };
}

export function validateRule(rule: unknown): { ok: true } | { ok: false; error: string } {
  const checked = checkRule(rule);
  return checked.ok ? { ok: true } : { ok: false, error: checked.error };
}

export function validatePack(json: unknown): { ok: true; rules: RuleSource[] } | { ok: false; error: string } {
  const checked = checkPack(json);
  return checked.ok ? { ok: true, rules: checked.value.rules } : { ok: false, error: checked.error };
}
