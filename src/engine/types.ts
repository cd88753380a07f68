// The engine's public contract. Pure data: no DOM, no browser APIs.

export const CATEGORIES = [
  'minimizing',
  'dismissing',
  'toxic-positivity',
  'unsolicited-advice',
  'judging',
  'self-focus',
  'labeling',
  'transactional',
  'closed-question',
  'but-negation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** How clear-cut a rule is: `high` fires even at the gentlest sensitivity. */
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SENSITIVITIES = ['gentle', 'standard', 'thorough'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export interface Finding {
  /** Rule id, e.g. `dismissing.calm-down`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the analysed text: `text.slice(start, end) === finding.text`. */
  start: number;
  end: number;
  text: string;
  /** One sentence: why this may land badly. */
  message: string;
  /** Ordered replacements for exactly `[start, end)`; at least one. */
  suggestions: string[];
}

/** A message-level nudge: text to insert at `at` (the start of the message), not a replacement. */
export interface Nudge {
  rule: string;
  message: string;
  insert: string[];
  at: number;
}

/** EPITOME-style empathy signals for the whole message. */
export interface Signals {
  /** Expresses warmth, compassion or concern about the reader's feelings. */
  reacts: boolean;
  /** Reflects or interprets the reader's feelings or experience. */
  interprets: boolean;
  /** Asks a genuine question inviting the reader to say more. */
  explores: boolean;
  /** Gives advice or information. */
  advice: boolean;
  /** Present when the message advises without any of reacts/interprets/explores. */
  nudge?: Nudge;
}

export interface AnalysisResult {
  findings: Finding[];
  signals: Signals;
  /** Sentences left for a later call because the time budget ran out (incremental analyzer only). */
  pending?: number;
  /** The text was longer than the engine checks; only its first `MAX_TEXT_LENGTH` characters were analysed. */
  truncated?: boolean;
}

/** A rule as written in a pack file (rules/*.yaml) or by a user in options. */
export interface RuleSource {
  id: string;
  category: Category;
  severity: Severity;
  patterns: string[];
  unless?: string[];
  /** Named contexts (`@name`, contexts.yaml `named`) the sentence must match for the rule to fire:
   *  what keeps a rule to its idea (a closed question is only one about the reader's feelings or needs). */
  requires?: string[];
  message: string;
  suggestions: string[];
  /** `clause`: the suggestions are whole clauses, so a finding covers the clause its words sit in
   *  (src/engine/clause.ts); `words` (default): just the matched words. */
  replaces?: 'words' | 'clause';
  examples?: { flag?: (string | FlagExample)[]; pass?: string[] };
}

/** A flag example; `suggestion` must be offered, `applied` is the whole text once it (or the first
 *  suggestion) replaces the finding: how the rewrite reads in place. */
export interface FlagExample {
  text: string;
  suggestion?: string;
  applied?: string;
}

export interface AnalyzeOptions {
  /** Categories to check; all when absent. */
  categories?: readonly Category[];
  /** gentle: high only; standard: high + medium (default); thorough: all. */
  sensitivity?: Sensitivity;
  /** Phrases (case-insensitive, whitespace-normalised) never flagged. */
  ignoredPhrases?: readonly string[];
  /** Extra rules (user or team packs), compiled at runtime. */
  extraRules?: readonly RuleSource[];
}

export interface IncrementalAnalyzer {
  /** Analyse the field's new text, re-analysing only sentences not seen before. With `budgetMs`, stops
   *  parsing new sentences after that long and reports how many are `pending`: call again to go on. */
  update(text: string, budgetMs?: number): AnalysisResult;
  setOptions(options: AnalyzeOptions): void;
}
