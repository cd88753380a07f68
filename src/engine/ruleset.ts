// Turns compiled packs (plus any extra rules) into the indexed form one sweep per sentence runs.
import { buildNet, netEntry, regsFromJson, type Net, type Regs } from './compromise';
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
  unless: LoadedPattern[];
  /** Whether any suggestion reads captured groups or a transform (then the match is re-run for groups). */
  needsGroups: boolean;
}

export interface RuleSet {
  rules: LoadedRule[];
  /** One net with every rule pattern; entry ids are `ruleIndex:patternIndex`. */
  net: Net;
  safety: LoadedPattern[];
  preceding: LoadedPattern[];
  named: Record<string, LoadedPattern[]>;
  signals: Record<'reacts' | 'interprets' | 'explores' | 'advice', LoadedPattern[]>;
  nudge: CompiledPacks['signals']['nudge'];
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
  const rules = compiled.map((rule, index): LoadedRule => ({
    ...rule,
    index,
    extra: index >= packs.rules.length,
    patterns: rule.patterns.map(load),
    unless: rule.unless.map(load),
    needsGroups: rule.suggestions.some((s) => s.includes('{') || s.startsWith('=')),
  }));
  const entries = rules.flatMap((rule) => rule.patterns.map((p, i) => netEntry(`${rule.index}:${i}`, `${rule.index}:${i}`, p.regs)));
  return {
    rules,
    net: buildNet(entries),
    safety: packs.contexts.safety.map(load),
    preceding: Object.values(packs.contexts.preceding).flat().map(load),
    named: Object.fromEntries(Object.entries(packs.contexts.named).map(([k, v]) => [k, v.map(load)])),
    signals: {
      reacts: packs.signals.reacts.map(load),
      interprets: packs.signals.interprets.map(load),
      explores: packs.signals.explores.map(load),
      advice: packs.signals.advice.map(load),
    },
    nudge: packs.signals.nudge,
  };
}
