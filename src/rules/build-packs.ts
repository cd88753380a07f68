// Build step (Node only): reads rules/*.yaml, checks every pack, compiles it into what the engine
// loads (generated/rules.json), then runs every rule's flag/pass examples through the real engine.
// Errors name the file, the rule id and what is wrong.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Analyzer } from '../engine/analyzer';
import { type CompiledContexts, compileRule, type CompiledPacks, type CompiledPattern, type CompiledRule } from '../engine/compiled';
import { compilePattern, patternError } from '../engine/patterns';
import { SIGNAL_KINDS } from '../engine/ruleset';
import { checkPack } from '../engine/validate';
import { CATEGORIES, type Category, type FlagExample, type RuleSource } from '../engine/types';

export interface PackFile {
  file: string;
  category: Category;
  rules: RuleSource[];
}

export interface BuildResult {
  packs: CompiledPacks | null;
  files: PackFile[];
  errors: string[];
}

const SPECIAL = new Set(['contexts.yaml', 'signals.yaml', 'tiers.yaml']);

function readYaml(path: string, errors: string[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (err) {
    errors.push(`${path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
}

function patternList(file: string, what: string, raw: unknown, errors: string[]): CompiledPattern[] {
  if (!Array.isArray(raw)) {
    errors.push(`${file}: ${what} must be a list of patterns`);
    return [];
  }
  const out: CompiledPattern[] = [];
  for (const p of raw) {
    const error = patternError(p as string);
    if (error) errors.push(`${file}: ${what}: ${error}`);
    else out.push(compilePattern(p as string));
  }
  return out;
}

function answeredContext(file: string, raw: unknown, errors: string[]): CompiledContexts['answered'] {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    errors.push(`${file}: answered must be a list of { categories, patterns } groups`);
    return [];
  }
  return raw.map((group: { categories?: unknown; patterns?: unknown }, i) => {
    const { categories, patterns } = group ?? {};
    const known = Array.isArray(categories) && categories.every((c) => CATEGORIES.includes(c as Category));
    if (!known) errors.push(`${file}: answered[${i}].categories must list categories (${CATEGORIES.join(', ')})`);
    return { categories: known ? (categories as string[]) : [], patterns: patternList(file, `answered[${i}].patterns`, patterns, errors) };
  });
}

// Safety as a topic: the topic and question-shape pattern lists of contexts.yaml `risk`.
function riskContext(file: string, raw: unknown, errors: string[]): CompiledContexts['risk'] {
  const r = (raw ?? {}) as { topics?: unknown; shapes?: unknown };
  return {
    topics: patternList(file, 'risk.topics', r.topics ?? [], errors),
    shapes: patternList(file, 'risk.shapes', r.shapes ?? [], errors),
  };
}

function patternGroups(file: string, raw: unknown, errors: string[]): Record<string, CompiledPattern[]> {
  const out: Record<string, CompiledPattern[]> = {};
  for (const [name, list] of Object.entries((raw ?? {}) as Record<string, unknown>)) out[name] = patternList(file, name, list, errors);
  return out;
}

export function buildPacks(rulesDir: string, { examples = true } = {}): BuildResult {
  const errors: string[] = [];
  const names = readdirSync(rulesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const files: PackFile[] = [];
  const rules: CompiledRule[] = [];
  const seen = new Map<string, string>();

  for (const name of names.filter((n) => !SPECIAL.has(n))) {
    const path = join(rulesDir, name);
    const category = basename(name, '.yaml') as Category;
    if (!CATEGORIES.includes(category)) {
      errors.push(`${path}: file name must be a category (${CATEGORIES.join(', ')}).yaml`);
      continue;
    }
    const raw = readYaml(path, errors) as { category?: string } | null;
    if (!raw) continue;
    if (raw.category !== category) errors.push(`${path}: "category: ${category}" must match the file name`);
    const checked = checkPack(raw);
    if (!checked.ok) {
      errors.push(`${path}: ${checked.error}`);
      continue;
    }
    for (const rule of checked.value.rules) {
      if (rule.category !== category) errors.push(`${path}: rule ${rule.id}: category ${rule.category} differs from the file's`);
      if (!rule.id.startsWith(`${category}.`)) errors.push(`${path}: rule ${rule.id}: id must start with "${category}."`);
      const other = seen.get(rule.id);
      if (other) errors.push(`${path}: rule ${rule.id}: duplicate id (also in ${other})`);
      seen.set(rule.id, path);
      const flags = rule.examples?.flag ?? [];
      const passes = rule.examples?.pass ?? [];
      if (flags.length < 2 || passes.length < 2) errors.push(`${path}: rule ${rule.id}: needs at least two flag and two pass examples`);
      rules.push(compileRule(rule));
    }
    files.push({ file: path, category, rules: checked.value.rules });
  }

  applyTiers(join(rulesDir, 'tiers.yaml'), rules, errors);

  const contextsPath = join(rulesDir, 'contexts.yaml');
  const ctx = (readYaml(contextsPath, errors) ?? {}) as Record<string, unknown>;
  const signalsPath = join(rulesDir, 'signals.yaml');
  const sig = (readYaml(signalsPath, errors) ?? {}) as Record<string, unknown>;
  const contexts = {
    safety: patternList(contextsPath, 'safety', ctx.safety, errors),
    risk: riskContext(contextsPath, ctx.risk, errors),
    preceding: patternGroups(contextsPath, ctx.preceding, errors),
    named: patternGroups(contextsPath, ctx.named, errors),
    answered: answeredContext(contextsPath, ctx.answered, errors),
  };
  for (const rule of rules)
    for (const name of [...rule.unlessContexts, ...(rule.requiresContexts ?? [])])
      if (!contexts.named[name])
        errors.push(`${seen.get(rule.id)}: rule ${rule.id}: unknown context @${name} (define it under "named" in contexts.yaml)`);
  const nudge = sig.nudge as { message?: unknown; insert?: unknown } | undefined;
  if (!nudge || typeof nudge.message !== 'string' || !Array.isArray(nudge.insert))
    errors.push(`${signalsPath}: nudge needs a message and an insert list`);
  const packs: CompiledPacks = {
    version: 1,
    rules,
    contexts,
    signals: {
      reacts: patternList(signalsPath, 'reacts', sig.reacts, errors),
      interprets: patternList(signalsPath, 'interprets', sig.interprets, errors),
      explores: patternList(signalsPath, 'explores', sig.explores, errors),
      advice: patternList(signalsPath, 'advice', sig.advice, errors),
      unless: Object.fromEntries(
        SIGNAL_KINDS.filter((k) => sig[`${k}_unless`] !== undefined).map((k) => [
          k,
          patternList(signalsPath, `${k}_unless`, sig[`${k}_unless`], errors),
        ]),
      ),
      exploresRequests:
        sig.explores_requests === undefined ? [] : patternList(signalsPath, 'explores_requests', sig.explores_requests, errors),
      nudge: { message: String(nudge?.message ?? ''), insert: (nudge?.insert as string[]) ?? [] },
    },
  };
  if (errors.length) return { packs: null, files, errors };
  if (examples) errors.push(...checkExamples(packs, files));
  return { packs: errors.length ? null : packs, files, errors };
}

/** rules/tiers.yaml (written by `npm run eval`): the rules measured below the default precision fire only when
 *  thorough. A missing file means every rule keeps its severity. */
function applyTiers(path: string, rules: CompiledRule[], errors: string[]): void {
  if (!existsSync(path)) return;
  const raw = readYaml(path, errors) as { thorough?: unknown } | null;
  if (raw === null) return;
  if (!Array.isArray(raw.thorough)) {
    errors.push(`${path}: thorough must be a list of { id: ... }`);
    return;
  }
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const entry of raw.thorough as { id?: unknown }[]) {
    const rule = typeof entry?.id === 'string' ? byId.get(entry.id) : undefined;
    if (rule) rule.thoroughOnly = true;
    else errors.push(`${path}: unknown rule ${JSON.stringify(entry?.id)} (run \`npm run eval\` again after renaming or removing a rule)`);
  }
}

export interface ExampleOutcome {
  ok: boolean;
  why?: string;
}

/** Runs one example through the engine with every rule on. */
export function runExample(analyzer: Analyzer, rule: RuleSource, kind: 'flag' | 'pass', example: string | FlagExample): ExampleOutcome {
  const text = typeof example === 'string' ? example : example.text;
  const expected = typeof example === 'string' ? undefined : example.suggestion;
  const applied = typeof example === 'string' ? undefined : example.applied;
  const found = analyzer.analyze(text).findings.filter((f) => f.rule === rule.id);
  if (kind === 'pass') return found.length ? { ok: false, why: `flagged "${found[0]!.text}" in a pass example` } : { ok: true };
  if (!found.length) return { ok: false, why: 'not flagged' };
  if (expected !== undefined && !found.some((f) => f.suggestions.includes(expected)))
    return { ok: false, why: `expected suggestion "${expected}", got ${JSON.stringify(found.map((f) => f.suggestions))}` };
  if (applied !== undefined) {
    const results = found.map((f) => text.slice(0, f.start) + (expected ?? f.suggestions[0]) + text.slice(f.end));
    if (!results.includes(applied)) return { ok: false, why: `expected "${applied}" once applied, got ${JSON.stringify(results)}` };
  }
  return { ok: true };
}

export function checkExamples(packs: CompiledPacks, files: PackFile[]): string[] {
  const analyzer = new Analyzer(packs, { sensitivity: 'thorough' });
  const errors: string[] = [];
  for (const { file, rules } of files)
    for (const rule of rules)
      for (const kind of ['flag', 'pass'] as const)
        for (const example of rule.examples?.[kind] ?? []) {
          const outcome = runExample(analyzer, rule, kind, example);
          const text = typeof example === 'string' ? example : example.text;
          if (!outcome.ok) errors.push(`${file}: rule ${rule.id}: ${kind} example "${text}": ${outcome.why}`);
        }
  return errors;
}
