// Analyses one sentence: one pass matches the rule, exception, context and signal patterns that could
// apply (staged: most sentences need no tagging, many no match at all), then the shared contexts
// filter the rule matches and the rewrites are filled in.
// The result depends only on the sentence text and the rule set, which is what makes caching by
// sentence (the incremental analyzer) give exactly the same findings as a full analysis.
import { needsTags, selectCandidates, selectContexts, sentenceWords } from './candidates';
import {
  type Doc,
  matchEntries,
  matchTerms,
  matchView,
  mayMatchDoc,
  type NetEntry,
  parseSentence,
  sweep,
  tagSentence,
  tokenizeSentence,
} from './compromise';
import { clauseAround } from './clause';
import { inside, isPrecededBy, quotedSpans } from './contexts';
import { fillSuggestions, matchCase } from './rewrite';
import type { RuleSet } from './ruleset';
import { groupSpans, overlaps, spanOf, termsSpan, type Span } from './spans';
import { sentenceSignals, type SentenceSignals } from './signals';
import type { Finding } from './types';

export interface SentenceResult {
  /** Findings with offsets relative to the sentence, before option filtering (they may overlap). */
  findings: Finding[];
  signals: SentenceSignals;
  /** The sentence answers a question before it ("Not at all."): the contexts.yaml `answered` groups it matches. */
  answers?: number[];
  /** Whether the sentence touches a risk topic; filled in by the analyzer when a message needs it. */
  risk?: boolean;
}

/** A pattern match: the net entry (its index in `RuleSet.roles`), its span, and a compromise view of
 *  it on demand (capture groups need one). */
interface Hit {
  id: number;
  span: Span | null;
  view: () => Doc;
}

interface RuleHit {
  rule: number;
  pattern: number;
  span: Span;
  view: () => Doc;
}

/**
 * Staged: tokenise only; from the words, the entries that could match and matter (most sentences
 * have none and stop here); tag only when those entries read tags (or a contraction waits for the
 * tagger to be split); match only them.
 */
export function analyzeSentence(sentence: string, rules: RuleSet): SentenceResult {
  const doc = tokenizeSentence(sentence);
  const words = sentenceWords(doc, rules.candidates.methods);
  const selection = selectCandidates(rules.candidates, sentence, words);
  if (!selection) return noResult(sentence);
  // Words final (contractions split if any wait for the tagger). Patterns that read tags are kept
  // only if their slots can line up with the terms whatever the tags turn out to be, and the sentence
  // is tagged only if one is left. (Word-only patterns go straight to compromise's matcher: checking
  // them first costs more than it saves.)
  let tagged = words.splits;
  if (tagged) tagSentence(doc);
  const feasible = (list: readonly NetEntry[]) =>
    list.filter((e) => rules.candidates.entries[Number(e.id)]!.wordLevel || mayMatchDoc(doc, e, tagged));
  const tagFor = (list: readonly NetEntry[]) => {
    if (!tagged && needsTags(rules.candidates, list)) {
      tagSentence(doc);
      tagged = true;
    }
    return list;
  };
  const entries = tagFor(feasible(selection));
  if (entries.length === 0) return noResult(sentence);
  const matches = matchEntries(doc, entries, tagged);
  // Contexts and exceptions only for what matched. (Rule matches all come from the first step, so
  // their order, which decides between patterns, is kept.)
  if (matches.length) {
    const contexts = selectContexts(
      rules.candidates,
      words,
      matches.map((m) => rules.roles[Number(m.entry.id)]!),
    );
    const more = feasible(contexts);
    if (more.length) matches.push(...matchEntries(doc, tagFor(more), tagged));
  }
  doc.compute('offset');
  const hits = matches.map((m): Hit => ({ id: Number(m.entry.id), span: termsSpan(matchTerms(doc, m)), view: () => matchView(doc, m) }));
  return fromHits(sentence, rules, hits);
}

/** Whether the sentence touches a risk topic (contexts.yaml `risk.topics`), whatever its shape. Asked only for
 *  messages holding a closed question (message-context.ts), so it is not part of the staged analysis. */
export function touchesRisk(sentence: string, rules: RuleSet): boolean {
  if (rules.riskTopics.length === 0) return false;
  const doc = tokenizeSentence(sentence);
  const tagged = rules.riskTopics.some((e) => !rules.candidates.entries[Number(e.id)]!.wordLevel);
  if (tagged) tagSentence(doc);
  return matchEntries(doc, rules.riskTopics, tagged).length > 0;
}

const noResult = (sentence: string): SentenceResult => ({ findings: [], signals: sentenceSignals(sentence, new Set()) });

/** The reference analysis: full parse, the whole net swept. `analyzeSentence` must agree with it. */
export function analyzeSentenceFully(sentence: string, rules: RuleSet): SentenceResult {
  const doc = parseSentence(sentence);
  doc.compute('offset');
  const hits = sweep(doc, rules.net).map((h): Hit => ({ id: Number(h.id), span: spanOf(h.view), view: () => h.view }));
  return fromHits(sentence, rules, hits);
}

function fromHits(sentence: string, rules: RuleSet, hits: readonly Hit[]): SentenceResult {
  const ruleHits: RuleHit[] = [];
  const unless = new Map<number, Span[]>();
  const preceding: Span[] = [];
  const named = new Set<string>();
  const signalKinds = new Set<string>();
  const signalHits: { signal: string; span: Span }[] = [];
  const signalExcluded = new Set<string>();
  let safety = false;
  let riskTopic = false;
  let riskShape = false;
  const answers = new Set<number>();
  for (const hit of hits) {
    const role = rules.roles[hit.id];
    const span = hit.span;
    if (!role || !span) continue;
    if (role.kind === 'rule') ruleHits.push({ rule: role.rule, pattern: role.pattern, span, view: hit.view });
    else if (role.kind === 'unless') unless.set(role.rule, [...(unless.get(role.rule) ?? []), span]);
    else if (role.kind === 'preceding') preceding.push(span);
    else if (role.kind === 'named') named.add(role.name);
    else if (role.kind === 'signal') signalHits.push({ signal: role.signal, span });
    else if (role.kind === 'signal-unless') signalExcluded.add(role.signal);
    else if (role.kind === 'explores-request') signalKinds.add('explores-request');
    else if (role.kind === 'answer') answers.add(role.group);
    else if (role.part === 'topic') riskTopic = true;
    else if (role.part === 'shape') riskShape = true;
    else safety = true;
  }
  // Safety as a topic: a question (or a statement asked as one) that touches risk is left alone.
  if (riskTopic && riskShape) safety = true;
  const quotes = quotedSpans(sentence);
  // Advice that is quoted, reported or negated ("I'm not saying you should leave") is not advice given.
  for (const { signal, span } of signalHits) {
    if (signal === 'advice' && (quotes.some((q) => inside(span, q)) || isPrecededBy(span, preceding, sentence))) continue;
    signalKinds.add(signal);
  }
  const signals = sentenceSignals(sentence, signalKinds, signalExcluded);
  const answer = answers.size ? { answers: [...answers].sort((a, b) => a - b) } : {};
  if (safety) return { findings: [], signals, ...answer };

  const candidates: Finding[] = [];
  const seen = new Set<string>();
  for (const hit of ruleHits) {
    const rule = rules.rules[hit.rule]!;
    const groups = rule.needsGroups ? groupSpans(hit.view(), rule.patterns[hit.pattern]!.regs) : {};
    const span = groups.target ?? hit.span;
    const key = `${rule.id}@${span.start}`;
    if (seen.has(key)) continue;
    seen.add(key);

    if (quotes.some((q) => inside(span, q))) continue;
    if (isPrecededBy(hit.span, preceding, sentence)) continue;
    if ((unless.get(hit.rule) ?? []).some((s) => overlaps(s, hit.span))) continue;
    if (rule.unlessContexts.some((name) => named.has(name))) continue;
    if (rule.requiresContexts?.some((name) => !named.has(name))) continue;

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
  widenToClauses(sentence, candidates, rules);
  // Advice flagged by a rule counts as advice for the message-level nudge too.
  if (candidates.some((f) => f.category === 'unsolicited-advice')) signals.advice = true;
  return { findings: candidates, signals, ...answer };
}

/** Findings of `replaces: clause` rules cover their clause, short of other findings' words, so a
 *  whole-clause suggestion leaves nothing dangling. The case of the suggestions follows the new start. */
function widenToClauses(sentence: string, findings: Finding[], rules: RuleSet): void {
  const cores = findings.map((f) => ({ start: f.start, end: f.end }));
  findings.forEach((f, i) => {
    if (!rules.clauseRules.has(f.rule)) return;
    // Overlapping findings are decided on their own words (overlaps.ts): widening must not tip that.
    if (cores.some((c, j) => findings[j]!.rule !== f.rule && overlaps(c, cores[i]!))) return;
    // Never into another finding's range as it stands now (some were widened already).
    const others = findings.filter((g) => g !== f && g.rule !== f.rule);
    const range = clauseAround(sentence, cores[i]!, others);
    if (range.start === f.start && range.end === f.end) return;
    const text = sentence.slice(range.start, range.end);
    Object.assign(f, { start: range.start, end: range.end, text, suggestions: f.suggestions.map((s) => matchCase(s, text)) });
  });
}
