// From effective settings to the engine's AnalyzeOptions. A team or custom rule the engine cannot
// compile is skipped by the engine itself (one bad rule never stops the rest), so this module needs
// only the engine's types: the content script imports it on every page and must stay small.
import { CATEGORIES, type AnalyzeOptions, type RuleSource } from '../engine/types';
import type { EffectiveSettings } from './policy';

export function analyzeOptionsFor(
  settings: Pick<EffectiveSettings, 'categories' | 'sensitivity' | 'ignoredPhrases' | 'customRules' | 'teamRules'>,
): AnalyzeOptions {
  const seen = new Set<string>();
  const extraRules: RuleSource[] = [];
  // Team rules first: a user's rule cannot shadow a team rule of the same id.
  for (const rule of [...settings.teamRules, ...settings.customRules]) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    extraRules.push(rule);
  }
  return {
    categories: CATEGORIES.filter((c) => settings.categories[c]),
    sensitivity: settings.sensitivity,
    ignoredPhrases: settings.ignoredPhrases,
    extraRules,
  };
}
