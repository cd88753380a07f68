// What the build step writes (generated/rules.json) and the engine loads: rules with their patterns
// already parsed, the named contexts and the empathy-signal patterns. No examples: they stay in rules/.
import type { Category, RuleSource, Severity } from './types';
import { compilePattern } from './patterns';

export interface CompiledPattern {
  match: string;
  regs: unknown;
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
  suggestions: string[];
  patterns: CompiledPattern[];
  /** Exception patterns: a finding overlapping one of these in its sentence is dropped. */
  unless: CompiledPattern[];
  /** Named contexts (from `unless: ["@name"]`) that also suppress this rule. */
  unlessContexts: string[];
  /** Named contexts (from `requires: ["@name"]`) the sentence must match for this rule to fire. */
  requiresContexts?: string[];
  /** The suggestions are whole clauses: the finding covers the clause its words sit in. */
  replacesClause?: true;
  /** Measured below the default precision (rules/tiers.yaml): fires only at the thorough sensitivity. */
  thoroughOnly?: true;
}

export interface CompiledContexts {
  /** A sentence matching any of these is never flagged (crisis training: ask plainly). */
  safety: CompiledPattern[];
  /** Safety as a topic: a sentence matching a topic pattern and a question-shape pattern is never flagged. */
  risk?: { topics: CompiledPattern[]; shapes: CompiledPattern[] };
  /** A match of one of these ending before a finding, in the same sentence, suppresses it. */
  preceding: Record<string, CompiledPattern[]>;
  /** Named sentence-level contexts rules can opt into with `unless: ["@name"]`. */
  named: Record<string, CompiledPattern[]>;
  /** Sentences that answer the question before them ("Not at all."): findings of the group's categories
   *  in that question are dropped (a question the writer answers at once is rhetorical). */
  answered?: { categories: string[]; patterns: CompiledPattern[] }[];
}

export interface CompiledSignals {
  reacts: CompiledPattern[];
  interprets: CompiledPattern[];
  explores: CompiledPattern[];
  advice: CompiledPattern[];
  /** Per signal, patterns that cancel it in their sentence (`explores_unless:` in signals.yaml):
   *  "what's up?" is a question about the reader, but too generic to count as exploring. */
  unless?: Partial<Record<'reacts' | 'interprets' | 'explores' | 'advice', CompiledPattern[]>>;
  /** Requests to say more that explore without a "?" ("Tell me more about how it started."). */
  exploresRequests?: CompiledPattern[];
  nudge: { message: string; insert: string[] };
}

export interface CompiledPacks {
  version: 1;
  rules: CompiledRule[];
  contexts: CompiledContexts;
  signals: CompiledSignals;
}

/** Compiles one rule written in pack syntax (throws with the reason when a pattern is broken). */
export function compileRule(rule: RuleSource): CompiledRule {
  const unless = rule.unless ?? [];
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    suggestions: [...rule.suggestions],
    patterns: rule.patterns.map(compilePattern),
    unless: unless.filter((u) => !u.startsWith('@')).map(compilePattern),
    unlessContexts: unless.filter((u) => u.startsWith('@')).map((u) => u.slice(1)),
    ...(rule.requires?.length ? { requiresContexts: rule.requires.map((u) => u.replace(/^@/, '')) } : {}),
    ...(rule.replaces === 'clause' ? { replacesClause: true as const } : {}),
  };
}
