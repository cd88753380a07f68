// Every flag/pass example of every rule pack, each its own test case, run through the real engine.
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer';
import { buildPacks, runExample } from '../../src/rules/build-packs';

const built = buildPacks('rules', { examples: false });

describe('rule packs', () => {
  it('compile without errors', () => {
    expect(built.errors).toEqual([]);
  });
});

const analyzer = built.packs ? new Analyzer(built.packs, { sensitivity: 'thorough' }) : null;
for (const { file, rules } of built.files) {
  describe(file, () => {
    for (const rule of rules) {
      for (const kind of ['flag', 'pass'] as const) {
        for (const example of rule.examples?.[kind] ?? []) {
          const text = typeof example === 'string' ? example : example.text;
          it(`${rule.id} ${kind}: ${text}`, () => {
            expect(analyzer, 'packs failed to compile').not.toBeNull();
            const outcome = runExample(analyzer!, rule, kind, example);
            expect(outcome.why ?? 'ok').toBe('ok');
          });
        }
      }
    }
  });
}
