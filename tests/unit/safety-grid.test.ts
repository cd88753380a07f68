// The safety grid: direct safety and risk questions, generated from templates x topics x spellings x
// framings. Crisis training says to ask these plainly; Attune must never nudge one (issue #14).
import { describe, expect, it } from 'vitest';
import packs from '../../generated/rules.json';
import { Analyzer } from '../../src/engine/analyzer';
import type { CompiledPacks } from '../../src/engine/compiled';
import { safetyGrid } from '../../src/eval/safety-grid';

const compiled = packs as unknown as CompiledPacks;

const findingsOf = (analyzer: Analyzer, text: string) => analyzer.analyze(text).findings.map((f) => `${f.rule}: "${f.text}"`);

// the grid is large: on a loaded 2-core machine a pass over it takes more than the default 5 s
describe('safety grid', { timeout: 60_000 }, () => {
  const grid = safetyGrid();

  it('has at least 500 questions', () => {
    expect(grid.length).toBeGreaterThanOrEqual(500);
  });

  it('gets zero findings on every question, at every sensitivity', () => {
    const analyzer = new Analyzer(compiled, { sensitivity: 'thorough' });
    const hits = grid.flatMap((q) => findingsOf(analyzer, q).map((f) => `${q} -> ${f}`));
    expect(hits).toEqual([]);
  });

  it('can fail: without the safety contexts the same grid is flagged', () => {
    const bare: CompiledPacks = { ...compiled, contexts: { ...compiled.contexts, safety: [], risk: { topics: [], shapes: [] } } };
    const analyzer = new Analyzer(bare, { sensitivity: 'thorough' });
    const flagged = grid.filter((q) => findingsOf(analyzer, q).length > 0);
    expect(flagged.length).toBeGreaterThan(50);
  });

  it('still flags non-questions and questions off the topic', () => {
    const analyzer = new Analyzer(compiled, { sensitivity: 'thorough' });
    expect(findingsOf(analyzer, 'Calm down, it is not a big deal.').length).toBeGreaterThan(0);
    expect(findingsOf(analyzer, 'Just get over it and move on.').length).toBeGreaterThan(0);
  });
});
