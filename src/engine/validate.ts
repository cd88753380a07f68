// Structural checks for rules and packs that arrive at runtime (custom rules, imported packs).
// Mirrors rules/schema.json; a hand-written check because extension pages forbid the code
// generation JSON-schema validators use (CSP without 'unsafe-eval').
import { patternError } from './patterns';
import { CATEGORIES, SEVERITIES, type Category, type RuleSource } from './types';

export type Validation<T = true> = { ok: true; value: T } | { ok: false; error: string };

const ID = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Shape and pattern checks for one rule. `where` prefixes errors (e.g. the file name). */
export function checkRule(raw: unknown, defaultCategory?: Category): Validation<RuleSource> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'a rule must be an object' };
  const r = raw as Record<string, unknown>;
  const id = typeof r.id === 'string' ? r.id : '';
  const fail = (why: string): Validation<RuleSource> => ({ ok: false, error: id ? `rule ${id}: ${why}` : why });
  if (!ID.test(id)) return fail(`id must look like "category.short-name" (got ${JSON.stringify(r.id)})`);
  const category = (r.category ?? defaultCategory) as Category;
  if (!CATEGORIES.includes(category)) return fail(`category must be one of ${CATEGORIES.join(', ')} (got ${JSON.stringify(r.category)})`);
  if (!SEVERITIES.includes(r.severity as never)) return fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  if (!isStringList(r.patterns) || r.patterns.length === 0) return fail('patterns must be a non-empty list of compromise match patterns');
  if (r.unless !== undefined && !isStringList(r.unless)) return fail('unless must be a list of patterns or @context names');
  if (r.requires !== undefined && !(isStringList(r.requires) && r.requires.every((u) => u.startsWith('@'))))
    return fail('requires must be a list of @context names');
  if (typeof r.message !== 'string' || !r.message.trim()) return fail('message must be one sentence saying why this may land badly');
  if (!isStringList(r.suggestions) || r.suggestions.length === 0) return fail('suggestions must be a non-empty list');
  for (const p of [...r.patterns, ...((r.unless as string[] | undefined) ?? []).filter((u) => !u.startsWith('@'))]) {
    const error = patternError(p);
    if (error) return fail(error);
  }
  if (r.replaces !== undefined && r.replaces !== 'words' && r.replaces !== 'clause') return fail('replaces must be "words" or "clause"');
  const allowed = new Set([
    'id',
    'category',
    'severity',
    'patterns',
    'unless',
    'requires',
    'message',
    'suggestions',
    'replaces',
    'examples',
    'source',
    'note',
  ]);
  const extra = Object.keys(r).filter((k) => !allowed.has(k));
  if (extra.length) return fail(`unknown field(s): ${extra.join(', ')}`);
  return { ok: true, value: { ...(r as unknown as RuleSource), category } };
}

export interface Pack {
  category?: Category;
  description?: string;
  rules: RuleSource[];
}

/** Checks a whole pack: shape, every rule, unique ids. */
export function checkPack(raw: unknown): Validation<Pack> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, error: 'a pack must be a JSON object with a "rules" list' };
  const p = raw as Record<string, unknown>;
  if (p.category !== undefined && !CATEGORIES.includes(p.category as Category))
    return { ok: false, error: `pack category must be one of ${CATEGORIES.join(', ')}` };
  if (!Array.isArray(p.rules)) return { ok: false, error: 'a pack must have a "rules" list' };
  const rules: RuleSource[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of p.rules.entries()) {
    const checked = checkRule(raw, p.category as Category | undefined);
    if (!checked.ok) return { ok: false, error: `rules[${i}]: ${checked.error}` };
    if (ids.has(checked.value.id)) return { ok: false, error: `rules[${i}]: duplicate id ${checked.value.id}` };
    ids.add(checked.value.id);
    rules.push(checked.value);
  }
  return { ok: true, value: { category: p.category as Category | undefined, description: p.description as string | undefined, rules } };
}
