// Full and incremental analysis. Both go sentence by sentence through the same pure function;
// the incremental analyzer only keeps a cache of sentence results, so both agree by construction.
import type { CompiledPacks } from './compiled';
import { dropOverlaps } from './overlaps';
import { loadRuleSet, type RuleSet } from './ruleset';
import { acknowledgementLeftAlone, closedQuestionLeftAlone, type MessageView } from './message-context';
import { analyzeSentence, type SentenceResult, touchesRisk } from './sentence';
import { splitSentences } from './sentences';
import { combineSignals, type SentenceSignals } from './signals';
import type { AnalysisResult, AnalyzeOptions, Finding, Severity } from './types';

const SEVERITY_ALLOWED: Record<NonNullable<AnalyzeOptions['sensitivity']>, readonly Severity[]> = {
  gentle: ['high'],
  standard: ['high', 'medium'],
  thorough: ['high', 'medium', 'low'],
};

const EMPTY_SIGNALS: SentenceSignals = { reacts: false, interprets: false, explores: false, advice: false };
const QUESTION_END = /\?\W*$/;
/** Sentences kept beyond those of the current text (recently edited-away ones come back often). */
const CACHE_SPARE = 500;
/** Beyond this many characters a field is only checked in part (and the result says so). */
export const MAX_TEXT_LENGTH = 100_000;

export interface Budget {
  /** Stop analysing new sentences once this many milliseconds have passed; cached ones are free. */
  ms: number;
  now?: () => number;
}

export const normalizePhrase = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export class Analyzer {
  private rules: RuleSet;
  private options: AnalyzeOptions;
  private cache = new Map<string, SentenceResult>();

  constructor(
    private readonly packs: CompiledPacks,
    options: AnalyzeOptions = {},
  ) {
    this.options = options;
    this.rules = loadRuleSet(packs, options.extraRules);
  }

  setOptions(options: AnalyzeOptions): void {
    if (options.extraRules !== this.options.extraRules) {
      this.rules = loadRuleSet(this.packs, options.extraRules);
      this.cache.clear();
    }
    this.options = options;
  }

  /** With a budget, sentences not reached in time are skipped and counted in `pending`: call again
   *  (the cache keeps what was done) until nothing is pending. */
  analyze(input: unknown, budget?: Budget): AnalysisResult {
    if (typeof input !== 'string' || !input.trim()) return { findings: [], signals: combineSignals([], this.rules) };
    const truncated = input.length > MAX_TEXT_LENGTH;
    const text = truncated ? input.slice(0, MAX_TEXT_LENGTH) : input;
    const now = budget?.now ?? (() => performance.now());
    const deadline = budget ? now() + budget.ms : Infinity;
    let pending = 0;
    const findings: Finding[] = [];
    const parts: SentenceSignals[] = [];
    const current = new Set<string>();
    const segments = splitSentences(text);
    const results = segments.map((segment) => {
      current.add(segment.text);
      if (deadline !== Infinity && !this.cache.has(segment.text) && now() > deadline) {
        pending++;
        return null;
      }
      return this.sentence(segment.text);
    });
    const risk = new Map<number, boolean>();
    const view: MessageView = {
      text,
      segments,
      touchesRisk: (j) => {
        let known = risk.get(j);
        if (known === undefined) risk.set(j, (known = this.risk(segments[j]!.text)));
        return known;
      },
    };
    results.forEach((result, i) => {
      if (!result) return;
      const segment = segments[i]!;
      parts.push(result.signals);
      // A question the writer answers in the next sentence is rhetorical ("Is that selfish? Not at all.").
      const answers = QUESTION_END.test(segment.text) ? (results[i + 1]?.answers ?? []) : [];
      for (const f of result.findings) {
        if (answers.some((g) => this.rules.answeredCategories[g]?.has(f.category))) continue;
        if (f.category === 'closed-question' && closedQuestionLeftAlone(view, i, f.start + segment.start)) continue;
        if (acknowledgementLeftAlone(view, f.rule)) continue;
        findings.push({ ...f, start: f.start + segment.start, end: f.end + segment.start, suggestions: [...f.suggestions] });
      }
    });
    this.trimCache(current);
    const result: AnalysisResult = { findings: this.filter(findings), signals: combineSignals(parts, this.rules) };
    if (pending) result.pending = pending;
    if (truncated) result.truncated = true;
    return result;
  }

  /** Whether a sentence touches a risk topic: cached on its (cached) sentence result. */
  private risk(text: string): boolean {
    const result = this.cache.get(text);
    if (result?.risk !== undefined) return result.risk;
    let touches: boolean;
    try {
      touches = touchesRisk(text, this.rules);
    } catch {
      // Where the NLP fails, assume risk: the closed question is left alone.
      touches = true;
    }
    if (result) result.risk = touches;
    return touches;
  }

  private sentence(text: string): SentenceResult {
    const cached = this.cache.get(text);
    if (cached) {
      // Refresh its place so the most recently used sentences survive trimming.
      this.cache.delete(text);
      this.cache.set(text, cached);
      return cached;
    }
    let result: SentenceResult;
    try {
      result = analyzeSentence(text, this.rules);
    } catch {
      // Never throw on user text: a sentence the NLP cannot handle simply gets no findings.
      result = { findings: [], signals: EMPTY_SIGNALS };
    }
    this.cache.set(text, result);
    return result;
  }

  /** Never evicts a sentence of the current text (a long text analysed in slices must keep its
   *  progress); beyond those, keeps the most recently used few. Oldest entries come first in the Map. */
  private trimCache(current: ReadonlySet<string>): void {
    let excess = this.cache.size - current.size - CACHE_SPARE;
    for (const key of this.cache.keys()) {
      if (excess <= 0) break;
      if (current.has(key)) continue;
      this.cache.delete(key);
      excess--;
    }
  }

  private filter(findings: Finding[]): Finding[] {
    const { categories, sensitivity = 'standard', ignoredPhrases } = this.options;
    const allowed = SEVERITY_ALLOWED[sensitivity] ?? SEVERITY_ALLOWED.standard;
    const ignored = new Set((ignoredPhrases ?? []).map(normalizePhrase));
    const wanted = findings.filter(
      (f) =>
        (!categories || categories.includes(f.category)) &&
        allowed.includes(f.severity) &&
        (sensitivity === 'thorough' || !this.rules.thoroughOnly.has(f.rule)) &&
        !(ignored.size && ignored.has(normalizePhrase(f.text))),
    );
    return dropOverlaps(wanted, this.rules);
  }
}
