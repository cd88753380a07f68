// Resolves findings that cover the same words, after the user's options have removed what they
// turned off (so a disabled rule never hides an enabled one).
import type { RuleSet } from './ruleset';
import { overlaps } from './spans';
import type { Finding } from './types';

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** One underline per stretch of text: keep the user's own rules, then the clearest (severity), then
 *  the longest, then pack order. */
export function dropOverlaps(findings: Finding[], rules: RuleSet): Finding[] {
  const byId = new Map(rules.rules.map((r) => [r.id, r]));
  const rank = (f: Finding) => byId.get(f.rule)!;
  const ranked = [...findings].sort(
    (a, b) =>
      Number(rank(b).extra) - Number(rank(a).extra) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      b.end - b.start - (a.end - a.start) ||
      rank(a).index - rank(b).index ||
      a.start - b.start,
  );
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => overlaps(k, f))) kept.push(f);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
