// Analyses one sentence: every rule at once (one sweep), then the shared contexts, then rewrites.
// The result depends only on the sentence text and the rule set, which is what makes caching by
// sentence (the incremental analyzer) give exactly the same findings as a full analysis.
import { parseSentence, sweep } from './compromise';
import { inside, isPrecededBy, matchesAny, precedingEnds, quotedSpans } from './contexts';
import { fillSuggestions } from './rewrite';
import type { LoadedRule, RuleSet } from './ruleset';
import { groupSpans, matchSpans, overlaps, spanOf, type Span } from './spans';
import { sentenceSignals, type SentenceSignals } from './signals';
import type { Finding } from './types';

export interface SentenceResult {
  /** Findings with offsets relative to the sentence, before option filtering. */
  findings: Finding[];
  signals: SentenceSignals;
}

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

export function analyzeSentence(sentence: string, rules: RuleSet): SentenceResult {
  const doc = parseSentence(sentence);
  doc.compute('offset');
  const signals = sentenceSignals(doc, sentence, rules);
  if (matchesAny(doc, rules.safety)) return { findings: [], signals };

  const quotes = quotedSpans(sentence);
  let contextEnds: Span[] | undefined;
  const candidates: Finding[] = [];
  const seen = new Set<string>();

  for (const hit of sweep(doc, rules.net)) {
    const [ruleIndex, patternIndex] = hit.id.split(':').map(Number) as [number, number];
    const rule = rules.rules[ruleIndex];
    const matchSpan = spanOf(hit.view);
    if (!rule || !matchSpan) continue;
    const groups = rule.needsGroups || hasTarget(rule, patternIndex) ? groupSpans(hit.view, rule.patterns[patternIndex]!.regs) : {};
    const span = groups.target ?? matchSpan;
    const key = `${rule.id}@${span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);

    if (quotes.some((q) => inside(span, q))) continue;
    contextEnds ??= precedingEnds(doc, rules.preceding);
    if (isPrecededBy(matchSpan, contextEnds, sentence)) continue;
    if (rule.unless.some((u) => matchSpans(doc, u.regs).some((s) => overlaps(s, matchSpan)))) continue;
    if (rule.unlessContexts.some((name) => matchesAny(doc, rules.named[name] ?? []))) continue;

    const original = sentence.slice(span.start, span.end);
    const suggestions = fillSuggestions(rule.suggestions, { original, groups, sentence });
    if (suggestions.length === 0) continue;
    candidates.push({
      rule: rule.id,
      category: rule.category,
      severity: rule.severity,
      start: span.start,
      end: span.end,
      text: original,
      message: rule.message,
      suggestions,
    });
  }
  const findings = dropOverlaps(candidates, rules);
  // Advice flagged by a rule counts as advice for the message-level nudge too.
  if (findings.some((f) => f.category === 'unsolicited-advice')) signals.advice = true;
  return { findings, signals };
}

function hasTarget(rule: LoadedRule, patternIndex: number): boolean {
  return rule.patterns[patternIndex]!.match.includes('<target>');
}

/** One underline per stretch of text: keep the user's own rules, then the clearest (severity), then
 *  the longest, then pack order. */
function dropOverlaps(findings: Finding[], rules: RuleSet): Finding[] {
  const order = new Map(rules.rules.map((r) => [r.id, r.index]));
  const extra = new Set(rules.rules.filter((r) => r.extra).map((r) => r.id));
  const ranked = [...findings].sort(
    (a, b) =>
      Number(extra.has(b.rule)) - Number(extra.has(a.rule)) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.end - b.start - (a.end - a.start) ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
