import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer, validatePack, validateRule, type RuleSource } from '../../src/engine';
import { splitSentences } from '../../src/engine/sentences';
import { quotedSpans } from '../../src/engine/contexts';
import { openQuestion } from '../../src/engine/open-question';
import { matchCase } from '../../src/engine/rewrite';

const thorough = { sensitivity: 'thorough' } as const;

describe('analyze', () => {
  it('finds phrases with offsets that slice back to their text', () => {
    const text = 'I hear you.  Calm down, it is not a big deal.\nAt least you still have a job!';
    const { findings } = analyze(text, thorough);
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['dismissing.calm-down', 'minimizing.not-a-big-deal', 'minimizing.at-least']),
    );
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.suggestions.length).toBeGreaterThan(0);
      expect(f.message).toMatch(/\.$/);
    }
  });

  it('keeps offsets right after emoji and other astral characters (UTF-16 indices)', () => {
    const text = '😀👩‍👩‍👧 ok. 🎉 Just get over it.';
    const f = analyze(text).findings.find((x) => x.category === 'dismissing')!;
    expect(f).toBeDefined();
    expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(f.text).toMatch(/get over it/);
  });

  it('gives nothing for empty, whitespace and non-string input without throwing', () => {
    for (const t of ['', '   ', '\n\n\t', undefined as unknown as string, null as unknown as string, 42 as unknown as string]) {
      expect(analyze(t).findings).toEqual([]);
    }
  });

  it('is deterministic', () => {
    const text = 'Honestly you should just quit. Calm down! Are you okay?';
    expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(analyze(text)));
  });

  it('filters by category, sensitivity and ignored phrases', () => {
    const text = 'Calm down. Are you okay?';
    expect(analyze(text, { categories: ['dismissing'] }).findings.every((f) => f.category === 'dismissing')).toBe(true);
    const gentle = analyze(text, { sensitivity: 'gentle' }).findings;
    expect(gentle.every((f) => f.severity === 'high')).toBe(true);
    expect(analyze(text, { ignoredPhrases: ['  CALM   down '] }).findings.some((f) => f.text === 'Calm down')).toBe(false);
  });

  it('never flags direct safety questions', () => {
    for (const q of ['Are you safe right now?', 'Are you thinking about suicide?', 'Do you have a plan?', 'Is anyone with you?']) {
      expect(analyze(q, thorough).findings, q).toEqual([]);
    }
  });

  it('does not flag quoted, reported or negated phrases', () => {
    for (const t of [
      'Your boss told you to "just get over it"?',
      "I'm not going to tell you to calm down.",
      'I used to tell myself to calm down.',
    ]) {
      expect(
        analyze(t, thorough).findings.filter((f) => f.category === 'dismissing'),
        t,
      ).toEqual([]);
    }
  });

  it('drops findings of a question the writer answers at once (rhetorical), by what the answer allows', () => {
    const categories = (text: string) => analyze(text, thorough).findings.map((f) => f.category);
    // The question alone is flagged...
    expect(categories('Did that make you sad?')).toContain('closed-question');
    expect(categories('Are you overreacting?')).toContain('minimizing');
    // ...answered at once, it is the writer's own rhetorical question.
    expect(categories('Did that make you sad? Of course it did.')).not.toContain('closed-question');
    expect(categories('Are you overreacting? No, your feelings make sense.')).not.toContain('minimizing');
    expect(categories('Are you overreacting? Not at all.')).toEqual([]);
    // A "yes" keeps a dismissive question dismissive; "No wonder" is no answer; a statement is no question.
    expect(categories('Are you overreacting? Yes.')).toContain('minimizing');
    expect(categories("Did that make you sad? No wonder you're upset.")).toContain('closed-question');
    expect(categories("You're overreacting. No.")).toContain('minimizing');
    // The incremental analyzer agrees when the answer is typed after the question.
    const inc = createIncrementalAnalyzer(thorough);
    expect(inc.update('Are you overreacting?').findings.map((f) => f.category)).toContain('minimizing');
    expect(inc.update('Are you overreacting? No.').findings).toEqual([]);
  });

  it('rewrites closed questions into open ones, keeping case', () => {
    const f = analyze('Did that make you sad?', thorough).findings[0]!;
    expect(f.category).toBe('closed-question');
    expect(f.text).toBe('Did that make you sad');
    expect(f.suggestions[0]).toBe('How did that make you feel');
  });

  it('reports empathy signals and nudges advice that shows none', () => {
    const advice = analyze('You should see a therapist.');
    expect(advice.signals.advice).toBe(true);
    expect(advice.signals.nudge).toMatchObject({ at: 0 });
    expect(advice.signals.nudge!.insert[0]).toMatch(/\S/);
    const warm = analyze('That sounds really hard. You should see a therapist.');
    expect(warm.signals.reacts).toBe(true);
    expect(warm.signals.nudge).toBeUndefined();
  });

  it('runs extra (user) rules and lets them win over built-in overlaps', () => {
    const rule: RuleSource = {
      id: 'custom.per-my-last',
      category: 'transactional',
      severity: 'high',
      patterns: ['per my last email'],
      message: 'Curt.',
      suggestions: ['as I mentioned'],
    };
    const { findings } = analyze('Per my last email, no.', { extraRules: [rule] });
    expect(findings.map((f) => [f.rule, f.suggestions[0]])).toEqual([['custom.per-my-last', 'As I mentioned']]);
  });
});

describe('incremental analyzer', { timeout: 60_000 }, () => {
  const draft = 'I hear you, but you need to move on. Calm down! Did that make you sad? At least you have friends. Are you safe right now?';

  it('returns what a full analysis returns after every edit', () => {
    const inc = createIncrementalAnalyzer(thorough);
    let text = '';
    for (const ch of draft) {
      text += ch;
      expect(inc.update(text)).toEqual(analyze(text, thorough));
    }
    // edits in the middle, deletions and pastes
    const edits = [
      (t: string) => t.replace('move on', 'take your time'),
      (t: string) => t.slice(0, 20) + t.slice(40),
      (t: string) => `Snap out of it. ${t}`,
    ];
    for (const edit of edits) {
      text = edit(text);
      expect(inc.update(text)).toEqual(analyze(text, thorough));
    }
  });

  it('takes new options without losing equivalence', () => {
    const inc = createIncrementalAnalyzer();
    inc.update(draft);
    inc.setOptions({ categories: ['closed-question'] });
    expect(inc.update(draft)).toEqual(analyze(draft, { categories: ['closed-question'] }));
  });
});

describe('pieces', () => {
  it('splits sentences and lines with their offsets', () => {
    const text = 'One. Two?!  Three\nFour… five';
    expect(splitSentences(text).map((s) => [s.text, text.slice(s.start, s.end)])).toEqual([
      ['One.', 'One.'],
      ['Two?!', 'Two?!'],
      ['Three', 'Three'],
      ['Four…', 'Four…'],
      ['five', 'five'],
    ]);
  });

  it('finds quoted spans but not apostrophes', () => {
    const s = `He said "calm down" and 'move on', but don't worry, it's fine`;
    expect(quotedSpans(s).map((q) => s.slice(q.start, q.end))).toEqual(['calm down', 'move on']);
  });

  it('transforms closed questions by structure', () => {
    expect(openQuestion('Did that make you sad')[0]).toBe('How did that make you feel');
    expect(openQuestion('Are you okay')[0]).toBe('How are you doing right now');
    expect(openQuestion('Do you want to talk about it')[0]).toBe('What would feel helpful to talk about');
    expect(openQuestion('Was it bad')[0]).toBe('What was it like');
    expect(openQuestion('Have you told your family')[0]).toBe('Who have you been able to talk to about this');
    expect(openQuestion('So did the meeting make u angry')[0]).toBe('How did the meeting make you feel');
  });

  it('opens generic yes/no questions, statements with a "?" and tag questions', () => {
    const first = (q: string) => openQuestion(q)[0];
    expect(first('Do you drink every day')).toBe('How often do you drink');
    expect(first('Have you ever tried to quit')).toBe('What have you tried so far');
    expect(first('Is it getting better')).toBe('How has it been going lately');
    expect(first('was the funeral hard')).toBe('What was the funeral like for you');
    expect(first('do you have friends you can talk to')).toBe('Who do you have to talk to');
    expect(first('r u gonna tell her')).toBe('What are you thinking about doing');
    expect(first("Is it because he hasn't texted back")).toBe('What do you think is behind it');
    expect(first('Did your doctor say anything')).toBe('What did your doctor say');
    expect(first("Is that something you'd consider")).toBe('How does that sound to you');
    expect(first("So you're not sleeping")).toBe('How have you been sleeping');
    expect(first('Did you end up talking to your sister')).toBe('Who have you been able to talk to about this');
    expect(first('did the new meds help at all')).toBe('How is it going with the new meds');
    expect(first("You've been drinking more since the move, right")).toBe('Can you tell me more about that');
    expect(first('Did they come back after that')).toBe('What happened after that');
  });

  it('asks about a feeling only when the closed question names one', () => {
    expect(openQuestion('Do you feel lonely')[0]).toBe('How are you feeling');
    expect(openQuestion('were you scared')[0]).toBe('How did that feel for you');
    expect(openQuestion('Do you work weekends')[0]).not.toBe('How are you feeling');
    expect(openQuestion('Are you going to the party')[0]).not.toBe('How are you feeling');
  });

  it('drops a signal in a sentence that matches its exclusions', () => {
    expect(analyze('What do you think made it feel so heavy this week?').signals.explores).toBe(true);
    expect(analyze("Hey, what's up?").signals.explores).toBe(false);
    expect(analyze('Do you want me to send a link?').signals.explores).toBe(false);
    expect(analyze('Tell me more about how it started.').signals.explores).toBe(true);
    expect(analyze('I told her more about it.').signals.explores).toBe(false);
  });

  it('keeps the original first-letter case', () => {
    expect(matchCase('that sounds hard', 'Calm down')).toBe('That sounds hard');
    expect(matchCase('That sounds hard', 'calm down')).toBe('that sounds hard');
    expect(matchCase("I'm here", 'calm down')).toBe("I'm here");
  });

  it('validates rules and packs with reasons', () => {
    expect(
      validateRule({
        id: 'custom.x',
        category: 'dismissing',
        severity: 'high',
        patterns: ['calm (down'],
        message: 'm',
        suggestions: ['s'],
      }),
    ).toEqual({
      ok: false,
      error: expect.stringContaining('missing ")"'),
    });
    expect(
      validateRule({ id: 'custom.x', category: 'dismissing', severity: 'high', patterns: ['calm down'], message: 'm', suggestions: ['s'] }),
    ).toEqual({ ok: true });
    expect(validatePack({ rules: 'nope' })).toEqual({ ok: false, error: expect.stringContaining('"rules" list') });
    expect(validatePack([])).toMatchObject({ ok: false });
  });
});

describe('suggestion filters', () => {
  it('turns captured advice into a gerund without doubling one', async () => {
    const { fillSuggestions } = await import('../../src/engine/rewrite');
    const fill = (words: string) =>
      fillSuggestions(['like {a:gerund}'], { original: 'x', sentence: words, groups: { a: { start: 0, end: words.length } } })[0];
    expect(fill('see a therapist')).toBe('like seeing a therapist');
    expect(fill('try going for a walk')).toBe('like going for a walk');
    expect(fill('quit')).toBe('like quitting');
  });
});

describe('options and overlaps', () => {
  it('a category turned off never hides an overlapping finding of one that is on', () => {
    const rule: RuleSource = {
      id: 'custom.calm',
      category: 'judging',
      severity: 'low',
      patterns: ['calm down'],
      message: 'm.',
      suggestions: ['breathe'],
    };
    // The custom rule wins the overlap when both are on; with its category off, dismissing shows.
    expect(analyze('Calm down.', { extraRules: [rule], sensitivity: 'thorough' }).findings.map((f) => f.rule)).toEqual(['custom.calm']);
    expect(
      analyze('Calm down.', { extraRules: [rule], sensitivity: 'thorough', categories: ['dismissing'] }).findings.map((f) => f.category),
    ).toEqual(['dismissing']);
    expect(analyze('Calm down.', { extraRules: [rule], sensitivity: 'standard' }).findings.map((f) => f.category)).toEqual(['dismissing']);
  });
});

describe('pattern forms', () => {
  it('runs /regex/ words, alone and inside alternatives, after compiling', () => {
    const rule: RuleSource = {
      id: 'custom.sooo',
      category: 'dismissing',
      severity: 'high',
      patterns: ['(/^so+$/|really) over it'],
      message: 'm.',
      suggestions: ['x'],
    };
    expect(analyze('im sooo over it', { extraRules: [rule], categories: ['dismissing'] }).findings.map((f) => f.rule)).toContain(
      'custom.sooo',
    );
    expect(analyze('im really over it', { extraRules: [rule], categories: ['dismissing'] }).findings.map((f) => f.rule)).toContain(
      'custom.sooo',
    );
  });
});
