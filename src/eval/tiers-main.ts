// `npm run eval:rules` (also the last step of `npm run eval`): measures every rule on the labelled sets
// (../shared/corpus dev, dev2 and the real replies of real-dev, plus the safety grid), writes the rules that
// fall below the default precision to rules/tiers.yaml and their table into docs/quality.md, then reports the
// figures at the default sensitivity with those tiers, and a two-fold estimate of how the tiers carry over to
// text they were not measured on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Analyzer } from '../engine/analyzer';
import type { CompiledPacks } from '../engine/compiled';
import type { Finding } from '../engine/types';
import type { DevMessage } from './datasets';
import { loadRealText, type RealReply, rightOnMessage, rightOnReply, spanFound } from './real-text';
import { decideTier, renderTiersYaml, type RuleTally, type TierDecision } from './rule-tiers';
import { safetyGrid } from './safety-grid';

export const TIERS_START = '<!-- rule-tiers:start -->';
export const TIERS_END = '<!-- rule-tiers:end -->';

interface Sets {
  dev: DevMessage[];
  dev2: DevMessage[];
  real: RealReply[];
  grid: string[];
}

/** The packs with every rule on, as measured: the tiers come from this measurement, not into it. */
const untiered = (packs: CompiledPacks): CompiledPacks => ({ ...packs, rules: packs.rules.map(({ thoroughOnly: _, ...r }) => r) });

const withTiers = (packs: CompiledPacks, off: ReadonlySet<string>): CompiledPacks => ({
  ...packs,
  rules: untiered(packs).rules.map((r) => (off.has(r.id) ? { ...r, thoroughOnly: true as const } : r)),
});

function tally(packs: CompiledPacks, sets: Sets): Map<string, RuleTally> {
  const analyzer = new Analyzer(untiered(packs), { sensitivity: 'thorough' });
  const per = new Map<string, RuleTally>();
  const of = (id: string) => {
    let t = per.get(id);
    if (!t) per.set(id, (t = { right: 0, wrong: 0, safety: 0 }));
    return t;
  };
  for (const m of [...sets.dev, ...sets.dev2])
    for (const f of analyzer.analyze(m.text).findings) of(f.rule)[rightOnMessage(m, f) ? 'right' : 'wrong']++;
  for (const r of sets.real) for (const f of analyzer.analyze(r.text).findings) of(f.rule)[rightOnReply(r, f) ? 'right' : 'wrong']++;
  for (const q of sets.grid) for (const f of analyzer.analyze(q).findings) of(f.rule).safety++;
  return per;
}

export interface SetFigures {
  real?: { precision: number; right: number; findings: number; recall: number; spans: number; cleanFlagged: number; clean: number };
  dev2?: MessageFigures;
  dev?: MessageFigures;
  grid: number;
}

interface MessageFigures {
  precision: number;
  recall: number;
  trapFp: number;
}

function messageFigures(analyzer: Analyzer, rows: readonly DevMessage[]): MessageFigures {
  let tp = 0;
  let fp = 0;
  let labelled = 0;
  let traps = 0;
  let trapsFlagged = 0;
  for (const m of rows) {
    const flagged = new Set(analyzer.analyze(m.text).findings.map((f) => f.category));
    for (const c of flagged) m.flags.includes(c) ? tp++ : fp++;
    labelled += m.flags.length;
    if (!m.flags.length) {
      traps++;
      if (flagged.size) trapsFlagged++;
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: labelled ? tp / labelled : 0, trapFp: traps ? trapsFlagged / traps : 0 };
}

export function score(packs: CompiledPacks, sets: Partial<Sets>): SetFigures {
  const analyzer = new Analyzer(packs);
  const out: SetFigures = { grid: 0 };
  if (sets.real?.length) {
    let right = 0;
    let findings = 0;
    let spans = 0;
    let found = 0;
    let clean = 0;
    let cleanFlagged = 0;
    for (const r of sets.real) {
      const fs: Finding[] = analyzer.analyze(r.text).findings;
      findings += fs.length;
      right += fs.filter((f) => rightOnReply(r, f)).length;
      spans += r.spans.length;
      found += r.spans.filter((s) => spanFound(r, s, fs)).length;
      if (!r.flags.length) {
        clean++;
        if (fs.length) cleanFlagged++;
      }
    }
    out.real = {
      precision: findings ? right / findings : 1,
      right,
      findings,
      recall: spans ? found / spans : 0,
      spans,
      cleanFlagged,
      clean,
    };
  }
  if (sets.dev2?.length) out.dev2 = messageFigures(analyzer, sets.dev2);
  if (sets.dev?.length) out.dev = messageFigures(analyzer, sets.dev);
  for (const q of sets.grid ?? []) out.grid += analyzer.analyze(q).findings.length;
  return out;
}

/** Splits a set in two by a stable hash of each id, so both halves mix every kind of message. */
function halves<T extends { id: string }>(rows: readonly T[]): [T[], T[]] {
  const a: T[] = [];
  const b: T[] = [];
  for (const r of rows) {
    let h = 0;
    for (const ch of r.id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    (h % 2 ? a : b).push(r);
  }
  return [a, b];
}

const decideAll = (per: Map<string, RuleTally>, ids: readonly string[]): TierDecision[] =>
  ids.map((id) => decideTier(id, per.get(id) ?? { right: 0, wrong: 0, safety: 0 }));

const fmt = (x: number) => x.toFixed(3);

function describe(f: SetFigures): string[] {
  const lines: string[] = [];
  if (f.real)
    lines.push(
      `real-dev: finding precision ${fmt(f.real.precision)} (${f.real.right}/${f.real.findings}) | span recall ${fmt(f.real.recall)} | clean flagged ${fmt(f.real.clean ? f.real.cleanFlagged / f.real.clean : 0)} (${f.real.cleanFlagged}/${f.real.clean})`,
    );
  if (f.dev2) lines.push(`dev2: micro P ${fmt(f.dev2.precision)} R ${fmt(f.dev2.recall)} | trap FP ${fmt(f.dev2.trapFp)}`);
  if (f.dev) lines.push(`dev: micro P ${fmt(f.dev.precision)} R ${fmt(f.dev.recall)} | trap FP ${fmt(f.dev.trapFp)}`);
  lines.push(`safety grid: ${f.grid} findings`);
  return lines;
}

function markdown(decisions: readonly TierDecision[], shipped: SetFigures, folds: SetFigures[], date: string): string {
  const off = decisions.filter((d) => d.tier === 'thorough');
  const rows = [...decisions]
    .filter((d) => d.right + d.wrong + d.safety > 0)
    .sort((a, b) => (a.precision ?? 1) - (b.precision ?? 1) || a.id.localeCompare(b.id))
    .map((d) => `| ${d.id} | ${d.precision === null ? '-' : d.precision.toFixed(2)} | ${d.right} | ${d.wrong} | ${d.safety} | ${d.tier} |`);
  return [
    TIERS_START,
    `## Rule tiers (measured ${date}, \`npm run eval:rules\`)`,
    '',
    `Each rule's precision over dev, dev2, the real replies of real-dev and the safety grid, with every rule on. ${off.length} of ${decisions.length} rules fall below 0.9 with at least two wrong findings (or fire on the safety grid) and are on only at the thorough sensitivity (rules/tiers.yaml). Rules with no findings stay on by their examples.`,
    '',
    'At the default sensitivity, with these tiers:',
    '',
    ...describe(shipped).map((l) => `- ${l}`),
    '',
    'Two-fold estimate for text the tiers were not measured on (tiers decided on one half of every set, scored on the other):',
    '',
    ...folds.flatMap((f, i) => describe(f).map((l) => `- fold ${i + 1}: ${l}`)),
    '',
    '| rule | precision | right | wrong | safety grid | tier |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    TIERS_END,
  ].join('\n');
}

/** Replaces the tiers section of docs/quality.md (or appends it). */
export function withTiersSection(doc: string, section: string): string {
  const a = doc.indexOf(TIERS_START);
  const b = doc.indexOf(TIERS_END);
  if (a >= 0 && b > a) return doc.slice(0, a) + section + doc.slice(b + TIERS_END.length);
  return `${doc.trimEnd()}\n\n${section}\n`;
}

/** `doc` as rewritten by `npm run eval`, with the tiers section `previous` held (that section is eval:rules' to write). */
export function keepTiersSection(doc: string, previous: string): string {
  const a = previous.indexOf(TIERS_START);
  const b = previous.indexOf(TIERS_END);
  return a >= 0 && b > a ? withTiersSection(doc, previous.slice(a, b + TIERS_END.length)) : doc;
}

/**
 * `--show <rule id or prefix>`: each finding of those rules with every rule on, with its verdict, printed to the
 * terminal only (`--shipped`: as shipped, with the tiers built in).
 */
function show(packs: CompiledPacks, sets: Sets, prefix: string, shipped: boolean): void {
  const analyzer = shipped ? new Analyzer(packs) : new Analyzer(untiered(packs), { sensitivity: 'thorough' });
  const line = (verdict: string, f: Finding, text: string) =>
    console.log(`${verdict} ${f.rule} «${text.slice(f.start, f.end)}» in: ${text.replace(/\s+/g, ' ').slice(0, 240)}`);
  for (const m of [...sets.dev, ...sets.dev2])
    for (const f of analyzer.analyze(m.text).findings)
      if (f.rule.startsWith(prefix)) line(rightOnMessage(m, f) ? 'right' : 'WRONG', f, m.text);
  for (const r of sets.real)
    for (const f of analyzer.analyze(r.text).findings)
      if (f.rule.startsWith(prefix)) line(rightOnReply(r, f) ? 'right' : 'WRONG', f, r.text);
}

export async function main(argv: string[], { root }: { root: string }): Promise<number> {
  const showAt = argv.indexOf('--show');
  const write = !argv.includes('--no-write') && showAt < 0;
  const packs = JSON.parse(readFileSync(resolve(root, 'generated/rules.json'), 'utf8')) as CompiledPacks;
  const loaded = loadRealText(root);
  for (const m of loaded.missing) process.stderr.write(`eval:rules: skipped ${m}\n`);
  if (loaded.missing.length) {
    process.stderr.write('eval:rules: a labelled set is missing; rules/tiers.yaml left as it is\n');
    return 0;
  }
  const sets: Sets = { ...loaded, grid: safetyGrid() };
  if (showAt >= 0) {
    show(packs, sets, argv[showAt + 1] ?? '', argv.includes('--shipped'));
    return 0;
  }
  const ids = packs.rules.map((r) => r.id);
  const decisions = decideAll(tally(packs, sets), ids);
  const off = new Set(decisions.filter((d) => d.tier === 'thorough').map((d) => d.id));
  const shipped = score(withTiers(packs, off), sets);

  const [devA, devB] = halves(sets.dev);
  const [dev2A, dev2B] = halves(sets.dev2);
  const [realA, realB] = halves(sets.real);
  const folds = [
    [
      { dev: devA, dev2: dev2A, real: realA, grid: sets.grid },
      { dev: devB, dev2: dev2B, real: realB, grid: sets.grid },
    ],
    [
      { dev: devB, dev2: dev2B, real: realB, grid: sets.grid },
      { dev: devA, dev2: dev2A, real: realA, grid: sets.grid },
    ],
  ].map(([fit, test]) => {
    const foldOff = new Set(
      decideAll(tally(packs, fit!), ids)
        .filter((d) => d.tier === 'thorough')
        .map((d) => d.id),
    );
    return score(withTiers(packs, foldOff), test!);
  });

  console.log(`${off.size} of ${ids.length} rules on only when thorough:`);
  for (const d of decisions.filter((x) => x.tier === 'thorough')) console.log(`  ${d.id}: ${d.why}`);
  console.log('every rule on (the thorough sensitivity):');
  for (const l of describe(score(untiered(packs), sets))) console.log(`  ${l}`);
  console.log('default sensitivity, with these tiers:');
  for (const l of describe(shipped)) console.log(`  ${l}`);
  folds.forEach((f, i) => {
    console.log(`two-fold estimate, fold ${i + 1} (tiers from the other half):`);
    for (const l of describe(f)) console.log(`  ${l}`);
  });
  if (write) {
    writeFileSync(resolve(root, 'rules/tiers.yaml'), renderTiersYaml(decisions, 'dev, dev2 and real-dev'));
    const qualityPath = resolve(root, 'docs/quality.md');
    const doc = existsSync(qualityPath) ? readFileSync(qualityPath, 'utf8') : '# Rule quality\n';
    writeFileSync(qualityPath, withTiersSection(doc, markdown(decisions, shipped, folds, new Date().toISOString().slice(0, 10))));
    process.stderr.write(
      'eval:rules: wrote rules/tiers.yaml and the tiers section of docs/quality.md (run `npm run rules` to build them in)\n',
    );
  }
  return 0;
}
