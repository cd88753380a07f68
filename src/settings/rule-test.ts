// The options page's "Try it" box: what a custom rule flags, found by the engine itself.
import { analyze } from '../engine';
import type { Finding, RuleSource } from '../engine/types';

export function testRule(rule: RuleSource, text: string): Finding[] {
  // Thorough, so the rule shows whatever severity it was given. The engine ranks the user's own
  // rules first where they overlap a built-in one, so this is what the user will see in pages.
  return analyze(text, { extraRules: [rule], categories: [rule.category], sensitivity: 'thorough' }).findings.filter(
    (f) => f.rule === rule.id,
  );
}
