// Custom rules as a shareable JSON pack file: export, and import with the engine's own checks.
import { validatePack, validateRule } from '../engine';
import type { RuleSource } from '../engine/types';

export const PACK_FILE_NAME = 'attune-custom-rules.json';

/** The pack file's text: the same shape the engine's validatePack reads back. */
export function exportPack(rules: readonly RuleSource[]): string {
  return `${JSON.stringify({ rules }, null, 2)}\n`;
}

export type ImportResult = { ok: true; rules: RuleSource[] } | { ok: false; error: string };

/** Reads a pack file's text. Any problem refuses the whole file, with the engine's reason. */
export function importPack(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = validatePack(json);
  if (!result.ok) return result;
  for (const rule of result.rules) {
    const check = validateRule(rule);
    if (!check.ok) return { ok: false, error: `${rule.id}: ${check.error}` };
  }
  return { ok: true, rules: result.rules };
}

/** Imported rules replace existing rules with the same id and add the rest. */
export function mergeRules(existing: readonly RuleSource[], incoming: readonly RuleSource[]): RuleSource[] {
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const rule of incoming) byId.set(rule.id, rule);
  return [...byId.values()];
}

/** A readable, unique id for a new custom rule. */
export function customRuleId(pattern: string, existing: readonly RuleSource[]): string {
  const slug =
    pattern
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'rule';
  const ids = new Set(existing.map((r) => r.id));
  let id = `custom.${slug}`;
  for (let n = 2; ids.has(id); n++) id = `custom.${slug}-${n}`;
  return id;
}
