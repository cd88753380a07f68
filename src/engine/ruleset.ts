// Turns compiled packs (plus any extra rules) into one indexed net, so each sentence needs a single
// compromise sweep for every rule, exception, context and signal pattern at once.
import { buildCandidateIndex, type CandidateIndex } from './candidates';
import { buildNet, netEntry, regsFromJson, type Net, type NetEntry, type Regs } from './compromise';
import { compileRule, type CompiledPacks, type CompiledPattern, type CompiledRule } from './compiled';
import type { RuleSource } from './types';

export interface LoadedPattern {
  match: string;
  regs: Regs;
}

export interface LoadedRule extends Omit<CompiledRule, 'patterns' | 'unless'> {
  index: number;
  /** A user or team rule: wins over a built-in rule flagging the same words. */
  extra: boolean;
  patterns: LoadedPattern[];
  /** Whether any suggestion reads captured groups or a transform (then the match is re-run for groups). */
  needsGroups: boolean;
}

export const SIGNAL_KINDS = ['reacts', 'interprets', 'explores', 'advice'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** What a net entry stands for; its id in the net is its index in `RuleSet.entries`. */
export type EntryRole =
  | { kind: 'rule'; rule: number; pattern: number }
  | { kind: 'unless'; rule: number }
  | { kind: 'safety'; part?: 'topic' | 'shape' }
  | { kind: 'preceding' }
  | { kind: 'named'; name: string }
  | { kind: 'signal'; signal: SignalKind }
  | { kind: 'signal-unless'; signal: SignalKind }
  | { kind: 'explores-request' }
  | { kind: 'answer'; group: number };

export interface RuleSet {
  rules: LoadedRule[];
  roles: EntryRole[];
  net: Net;
  /** The same entries indexed by the words they need, for the staged analysis (candidates.ts). */
  candidates: CandidateIndex;
  /** Ids of rules whose findings cover their clause (`replaces: clause`). */
  clauseRules: Set<string>;
  /** Per answer group (contexts.yaml `answered`), the categories whose findings in a question the
   *  answer drops. */
  answeredCategories: Set<string>[];
  nudge: CompiledPacks['signals']['nudge'];
  /** Rules on only at the thorough sensitivity (rules/tiers.yaml). */
  thoroughOnly: Set<string>;
  /** The risk-topic entries alone (contexts.yaml `risk.topics`), for the message-level check. */
  riskTopics: NetEntry[];
}

const load = (p: CompiledPattern): LoadedPattern => ({ match: p.match, regs: regsFromJson(p.regs) });

// Loading is the costly part (un-serialising every pattern), so each packs/extra-rules pair loads once.
const loaded = new WeakMap<CompiledPacks, Map<readonly RuleSource[] | undefined, RuleSet>>();

export function loadRuleSet(packs: CompiledPacks, extraRules?: readonly RuleSource[]): RuleSet {
  let byExtra = loaded.get(packs);
  if (!byExtra) loaded.set(packs, (byExtra = new Map()));
  let set = byExtra.get(extraRules);
  if (!set) {
    set = buildRuleSet(packs, extraRules ?? []);
    if (byExtra.size > 8) byExtra.clear();
    byExtra.set(extraRules, set);
  }
  return set;
}

function buildRuleSet(packs: CompiledPacks, extraRules: readonly RuleSource[]): RuleSet {
  const compiled: CompiledRule[] = [...packs.rules];
  for (const rule of extraRules) {
    try {
      compiled.push(compileRule(rule));
    } catch {
      // A broken user rule is refused where it is entered (validateRule); here it is just left out.
    }
  }
  const roles: EntryRole[] = [];
  const entries: NetEntry[] = [];
  const add = (role: EntryRole, p: LoadedPattern) => {
    entries.push(netEntry(String(roles.length), String(roles.length), p.regs));
    roles.push(role);
  };
  const rules = compiled.map((rule, index): LoadedRule => {
    const patterns = rule.patterns.map(load);
    patterns.forEach((p, pattern) => {
      add({ kind: 'rule', rule: index, pattern }, p);
    });
    for (const u of rule.unless) add({ kind: 'unless', rule: index }, load(u));
    return {
      ...rule,
      index,
      extra: index >= packs.rules.length,
      patterns,
      needsGroups: rule.suggestions.some((s) => s.includes('{') || s.startsWith('=')) || patterns.some((p) => p.match.includes('<target>')),
    };
  });
  for (const p of packs.contexts.safety) add({ kind: 'safety' }, load(p));
  // A risk topic and a question shape together make a safety question (contexts.yaml `risk`).
  for (const p of packs.contexts.risk?.topics ?? []) add({ kind: 'safety', part: 'topic' }, load(p));
  for (const p of packs.contexts.risk?.shapes ?? []) add({ kind: 'safety', part: 'shape' }, load(p));
  for (const p of Object.values(packs.contexts.preceding).flat()) add({ kind: 'preceding' }, load(p));
  for (const [name, list] of Object.entries(packs.contexts.named)) for (const p of list) add({ kind: 'named', name }, load(p));
  for (const signal of SIGNAL_KINDS) {
    for (const p of packs.signals[signal]) add({ kind: 'signal', signal }, load(p));
    for (const p of packs.signals.unless?.[signal] ?? []) add({ kind: 'signal-unless', signal }, load(p));
  }
  for (const p of packs.signals.exploresRequests ?? []) add({ kind: 'explores-request' }, load(p));
  (packs.contexts.answered ?? []).forEach((g, group) => {
    for (const p of g.patterns) add({ kind: 'answer', group }, load(p));
  });
  const candidates = buildCandidateIndex(
    entries,
    roles,
    rules.map((r) => [...r.unlessContexts, ...(r.requiresContexts ?? [])]),
  );
  const clauseRules = new Set(rules.filter((r) => r.replacesClause).map((r) => r.id));
  const answeredCategories = (packs.contexts.answered ?? []).map((g) => new Set(g.categories));
  const riskTopics = entries.filter((_, i) => {
    const role = roles[i]!;
    return role.kind === 'safety' && role.part === 'topic';
  });
  return {
    rules,
    roles,
    net: buildNet(entries),
    candidates,
    clauseRules,
    answeredCategories,
    nudge: packs.signals.nudge,
    riskTopics,
    thoroughOnly: new Set(rules.filter((r) => r.thoroughOnly).map((r) => r.id)),
  };
}
