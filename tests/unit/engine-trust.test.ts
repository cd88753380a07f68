// The trust mechanisms of issue #14, each shown against a control that fires, and shown able to fail by
// taking the mechanism out of the compiled packs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import packs from '../../generated/rules.json';
import { Analyzer } from '../../src/engine/analyzer';
import type { CompiledPacks } from '../../src/engine/compiled';
import { DEFAULT_PRECISION, decideTier, MIN_WRONG, renderTiersYaml } from '../../src/eval/rule-tiers';
import { keepTiersSection, TIERS_END, TIERS_START, withTiersSection } from '../../src/eval/tiers-main';

const compiled = packs as unknown as CompiledPacks;
const thorough = new Analyzer(compiled, { sensitivity: 'thorough' });
const rulesOf = (text: string, analyzer = thorough) => analyzer.analyze(text).findings.map((f) => f.rule);
const withRules = (edit: (r: CompiledPacks['rules'][number]) => CompiledPacks['rules'][number]): CompiledPacks => ({
  ...compiled,
  rules: compiled.rules.map(edit),
});

describe('a closed question is left alone where the message already does the work', () => {
  const q = 'Did that make you feel worse?';

  it('control: the question alone is nudged', () => {
    expect(rulesOf(q)).toContain('closed-question.did-that-make-you');
  });

  it('an open question follows at once', () => {
    expect(rulesOf(`${q} What went through your head?`)).toEqual([]);
    expect(rulesOf(`${q} Or was it more of a relief?`)).toEqual([]);
    // a statement after it is no invitation
    expect(rulesOf(`${q} I hope not.`)).toContain('closed-question.did-that-make-you');
  });

  it('inside brackets it is an aside', () => {
    expect(rulesOf(`I called her (${q.toLowerCase()}) and left.`)).toEqual([]);
    expect(rulesOf(`I called her (then left). ${q}`)).toContain('closed-question.did-that-make-you');
  });

  it('anywhere in a message that touches risk, a closed question may be a safety check', () => {
    expect(rulesOf(`You said you have pills saved up. ${q}`)).toEqual([]);
    expect(rulesOf(`${q} You said you have pills saved up.`)).toEqual([]);
    expect(rulesOf(`You said you have books saved up. ${q}`)).toContain('closed-question.did-that-make-you');
  });
});

describe('a bare "ok" before a safety question is the acknowledgement of a crisis chat', () => {
  it('control: a lone "ok." is nudged', () => {
    expect(rulesOf('ok. did you sleep at all?')).toContain('transactional.bare-ok');
  });

  it('left alone where the message touches risk', () => {
    expect(rulesOf('ok. you said the rope is still in the garage. can you give it to your brother tonight?')).toEqual([]);
  });
});

describe('requires: a rule fires only where its idea is present', () => {
  it('a closed question that is not about how the reader feels or copes is clinical or logistics', () => {
    expect(rulesOf('Are you on any medications?')).toEqual([]);
    expect(rulesOf('Do you have a therapist?')).toEqual([]);
  });

  it('solidarity is not self-focus; claiming the very same feeling is', () => {
    expect(rulesOf('I know how you feel.')).toEqual([]);
    expect(rulesOf('I know exactly how you feel.')).toContain('self-focus.know-exactly');
  });

  it('can fail: without the required contexts the same sentences are flagged', () => {
    const loose = new Analyzer(
      withRules(({ requiresContexts: _, ...r }) => r),
      { sensitivity: 'thorough' },
    );
    expect(rulesOf('I know how you feel.', loose)).toContain('self-focus.know-exactly');
  });
});

describe('negation and reported speech scope over advice', () => {
  it('"not saying you should" is not advice', () => {
    expect(rulesOf('You should leave him.')).toContain('unsolicited-advice.you-should');
    expect(rulesOf("I'm not saying you should leave him.")).toEqual([]);
    expect(rulesOf('Nobody is suggesting you should leave him.')).toEqual([]);
  });

  it('can fail: without the negation context it is flagged', () => {
    const bare: CompiledPacks = {
      ...compiled,
      contexts: { ...compiled.contexts, preceding: { ...compiled.contexts.preceding, negation: [] } },
    };
    expect(rulesOf("I'm not saying you should leave him.", new Analyzer(bare, { sensitivity: 'thorough' }))).toContain(
      'unsolicited-advice.you-should',
    );
  });
});

describe('the scope of a context ends where the sentence turns to the reader', () => {
  it('a "but" ends negation: what comes after it is said to them', () => {
    expect(rulesOf('Nobody thinks you are dramatic, but you need to calm down.')).toContain('dismissing.calm-down');
    expect(rulesOf('Nobody thinks you need to calm down.')).toEqual([]);
  });

  it("a past story's own verbs are the story; a new clause for the reader is not", () => {
    expect(rulesOf('We saved for a year and let it go on one trip.')).toEqual([]);
    expect(rulesOf('My uncle sold the car and let it go.')).toEqual([]);
    expect(rulesOf('My uncle sold the car and moved on, but you need to move on too.')).toContain('dismissing.move-on');
    // a clause with its own subject after "and" is not carried by the story
    expect(rulesOf('I lost my job once and I got over it, so you will too.')).toContain('self-focus.i-was-fine');
  });

  it('can fail: without the story context the storied verb is flagged', () => {
    const bare: CompiledPacks = {
      ...compiled,
      contexts: { ...compiled.contexts, preceding: { ...compiled.contexts.preceding, story: [] } },
    };
    expect(rulesOf('My uncle sold the car and let it go.', new Analyzer(bare, { sensitivity: 'thorough' }))).toContain(
      'dismissing.let-it-go',
    );
  });

  it('someone else is the subject when "you" is only the object before the verb', () => {
    expect(rulesOf('The teachers around you should have protected you.')).toEqual([]);
    expect(rulesOf('You should have protected yourself.')).toContain('judging.should-have');
    const bare: CompiledPacks = {
      ...compiled,
      contexts: { ...compiled.contexts, preceding: { ...compiled.contexts.preceding, 'someone-else': [] } },
    };
    expect(rulesOf('The teachers around you should have protected you.', new Analyzer(bare, { sensitivity: 'thorough' }))).toContain(
      'judging.should-have',
    );
  });

  it('someone else getting over it is not said to the reader', () => {
    expect(rulesOf('Your cousin will get over it.')).toEqual([]);
    expect(rulesOf('You will get over it.')).toContain('dismissing.get-over-it');
  });
});

describe('but-negation: "but" that turns to support does not erase what came before', () => {
  it('flags a "but" that takes the feeling back, not one that stays with the reader', () => {
    expect(rulesOf("That's tough but you need to toughen up.")).toContain('but-negation.that-sucks');
    expect(rulesOf("That's tough but you got this.")).not.toContain('but-negation.that-sucks');
    expect(rulesOf("That's tough but I'm here for you.")).not.toContain('but-negation.that-sucks');
  });

  it('can fail: without `unless: @support-follows` the supportive "but" is flagged', () => {
    const loose = new Analyzer(
      withRules((r) => ({ ...r, unlessContexts: r.unlessContexts.filter((n) => n !== 'support-follows') })),
      { sensitivity: 'thorough' },
    );
    expect(rulesOf("That's tough but you got this.", loose)).toContain('but-negation.that-sucks');
  });
});

describe('tiers: rules earn the default by measurement', () => {
  it('a rule below the default precision with enough wrong findings moves to thorough', () => {
    expect(decideTier('a', { right: 1, wrong: MIN_WRONG, safety: 0 }).tier).toBe('thorough');
    expect(decideTier('a', { right: 9, wrong: 1, safety: 0 }).tier).toBe('default');
    // one wrong finding is too few to measure by
    expect(decideTier('a', { right: 0, wrong: 1, safety: 0 }).tier).toBe('default');
    expect(decideTier('a', { right: 0, wrong: 0, safety: 0 }).precision).toBeNull();
    expect(decideTier('a', { right: 9, wrong: 1, safety: 0 }).precision).toBeGreaterThanOrEqual(DEFAULT_PRECISION);
  });

  it('any finding on the safety grid moves a rule to thorough, however precise', () => {
    expect(decideTier('a', { right: 100, wrong: 0, safety: 1 }).tier).toBe('thorough');
  });

  it('renders only the thorough rules, sorted, and an empty list as []', () => {
    const yaml = renderTiersYaml(
      [
        decideTier('b.x', { right: 0, wrong: 3, safety: 0 }),
        decideTier('a.y', { right: 0, wrong: 0, safety: 2 }),
        decideTier('c.z', { right: 5, wrong: 0, safety: 0 }),
      ],
      'the sets',
    );
    expect(yaml.match(/- \{ id: [a-z.]+/g)).toEqual(['- { id: a.y', '- { id: b.x']);
    expect(renderTiersYaml([decideTier('c.z', { right: 5, wrong: 0, safety: 0 })], 'the sets')).toContain('thorough: []');
  });

  it('a rule listed in rules/tiers.yaml fires only at the thorough sensitivity', () => {
    const id = 'minimizing.everyone-goes-through';
    expect(readFileSync(resolve(__dirname, '../../rules/tiers.yaml'), 'utf8')).toContain(`id: ${id},`);
    expect(compiled.rules.find((r) => r.id === id)?.thoroughOnly).toBe(true);
    expect(rulesOf('Join the club, honestly.', new Analyzer(compiled, { sensitivity: 'standard' }))).not.toContain(id);
    expect(rulesOf('Join the club, honestly.')).toContain(id);
  });

  it('`npm run eval` rewrites docs/quality.md but keeps the section eval:rules wrote', () => {
    const section = `${TIERS_START}\ntiers table\n${TIERS_END}`;
    const previous = withTiersSection('# Rule quality\nold figures\n', section);
    expect(keepTiersSection('# Rule quality\nnew figures\n', previous)).toBe(`# Rule quality\nnew figures\n\n${section}\n`);
    expect(keepTiersSection('# Rule quality\nnew figures\n', '# no section')).toBe('# Rule quality\nnew figures\n');
    // a second write replaces the section, never doubles it
    expect(withTiersSection(previous, `${TIERS_START}\nnew table\n${TIERS_END}`).split(TIERS_START).length).toBe(2);
  });
});
