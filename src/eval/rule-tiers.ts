// Rules earn their place by measurement (issue #14): each rule's precision over the labelled sets decides
// whether it is on by default or only at the thorough sensitivity. Pure: figures in, decisions out.

/** Below this precision a rule is not on by default. */
export const DEFAULT_PRECISION = 0.9;
/** Fewer wrong findings than this are too few to measure a rule by: it stays on with the examples that justify it. */
export const MIN_WRONG = 2;

export interface RuleTally {
  right: number;
  wrong: number;
  /** Findings on the safety grid: any one moves the rule off by default. */
  safety: number;
}

export interface TierDecision extends RuleTally {
  id: string;
  precision: number | null;
  tier: 'default' | 'thorough';
  why: string;
}

export function decideTier(id: string, t: RuleTally): TierDecision {
  const n = t.right + t.wrong;
  const precision = n ? t.right / n : null;
  const base = { id, ...t, precision };
  if (t.safety > 0) return { ...base, tier: 'thorough', why: `fires on the safety grid (${t.safety})` };
  if (precision !== null && precision < DEFAULT_PRECISION && t.wrong >= MIN_WRONG)
    return { ...base, tier: 'thorough', why: `precision ${precision.toFixed(2)} (${t.right}/${n})` };
  if (t.wrong > 0 && t.wrong < MIN_WRONG && precision !== null && precision < DEFAULT_PRECISION)
    return { ...base, tier: 'default', why: `too few findings to measure (${t.right}/${n}): kept on by its examples` };
  return {
    ...base,
    tier: 'default',
    why: n ? `precision ${precision!.toFixed(2)} (${t.right}/${n})` : 'no findings: kept on by its examples',
  };
}

/** rules/tiers.yaml: the rules moved to the thorough sensitivity, with the figure that moved them. */
export function renderTiersYaml(decisions: readonly TierDecision[], measuredOn: string): string {
  const off = decisions.filter((d) => d.tier === 'thorough').sort((a, b) => a.id.localeCompare(b.id));
  const lines = [
    '# Written by `npm run eval` (src/eval/rule-tiers.ts); do not edit by hand. Read by the rule build:',
    '# every rule listed here fires only at the thorough sensitivity, whatever its severity in its pack.',
    `# A rule is listed when its precision on ${measuredOn} is below ${DEFAULT_PRECISION} with at least`,
    `# ${MIN_WRONG} wrong findings, or when it fires on the safety grid. Rework a rule, then run \`npm run eval\` again.`,
    'thorough:',
    ...off.map((d) => `  - { id: ${d.id}, right: ${d.right}, wrong: ${d.wrong}, safety: ${d.safety} }`),
  ];
  if (!off.length) lines[lines.length - 1] = 'thorough: []';
  return `${lines.join('\n')}\n`;
}
