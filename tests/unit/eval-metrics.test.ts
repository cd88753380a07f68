// The metric functions behind `npm run eval`, on hand-made inputs whose answers can be worked out by hand.
import { describe, expect, it } from 'vitest';
import { evaluateAnnomi, evaluateEpitome } from '../../src/eval/evaluate';
import {
  addToRate,
  anyPrecision,
  anyRecall,
  binaryCounts,
  flaggedPercent,
  per100,
  precision,
  ratio,
  recall,
  round,
  scoreCorpus,
  trapFpRate,
  type Rate,
} from '../../src/eval/metrics';
import { questionSentence, shapeOf, tallyShapes } from '../../src/eval/closed-shapes';
import { closedShapeTable } from '../../src/eval/closed-table';
import type { AnnomiUtterance, EpitomeResponse } from '../../src/eval/datasets';

const set = (...c: string[]) => new Set(c);

describe('precision and recall', () => {
  it('divide the right counts', () => {
    expect(precision({ tp: 3, fp: 1, fn: 6 })).toBe(0.75);
    expect(recall({ tp: 3, fp: 1, fn: 6 })).toBeCloseTo(1 / 3);
  });

  it('are 0, not NaN, with nothing flagged or nothing labelled (as score-corpus)', () => {
    expect(precision({ tp: 0, fp: 0, fn: 4 })).toBe(0);
    expect(recall({ tp: 0, fp: 2, fn: 0 })).toBe(0);
  });

  it('counts binary outcomes, ignoring true negatives', () => {
    const c = binaryCounts([
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
    ]);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 2 });
  });

  it('rounds like toFixed, so pass/fail agrees with the shown figure', () => {
    expect(round(0.91951, 3)).toBe(0.92);
    expect(round(2 / 3, 2)).toBe(0.67);
  });
});

describe('scoreCorpus (same definitions as score-corpus.mjs)', () => {
  const labels = [
    { id: 'a', flags: ['dismissing'] },
    { id: 'b', flags: ['dismissing', 'judging'] },
    { id: 'c', flags: [] },
    { id: 'd', flags: [] },
    { id: 'e', flags: ['judging'] },
    { id: 'f', flags: [] },
  ];
  const predicted = new Map([
    ['a', set('dismissing')], // right
    ['b', set('dismissing', 'labeling')], // dismissing right, judging missed; labeling is no label's category
    ['c', set('judging')], // trap hit, judging false positive
    ['d', set()], // trap kept quiet
    ['e', set('dismissing')], // wrong category: dismissing fp, judging fn, but an any-flag hit
    // f missing
  ]);
  const s = scoreCorpus(labels, predicted);

  it('counts per category over the categories in the labels only', () => {
    expect(s.categories).toEqual(['dismissing', 'judging']);
    expect(s.perCategory.dismissing).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.perCategory.judging).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.micro).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(precision(s.micro)).toBe(0.5);
  });

  it('leaves a missing message out of every figure and counts it', () => {
    expect(s.missing).toBe(1);
    expect(s.traps).toBe(2);
  });

  it('gives the trap false-positive rate as the share of flags: [] messages with any flag', () => {
    expect(s.trapHits).toBe(1);
    expect(trapFpRate(s)).toBe(0.5);
    expect(trapFpRate({ traps: 0, trapHits: 0 })).toBe(0);
  });

  it('gives the any-flag view regardless of category', () => {
    expect(s.any).toEqual({ tp: 3, fp: 1, fn: 0 });
    expect(anyPrecision(s.any)).toBe(0.75);
    expect(anyRecall(s.any)).toBe(1);
    expect(anyPrecision({ tp: 0, fp: 0, fn: 3 })).toBe(0);
  });
});

describe('rates per 100 utterances', () => {
  it('counts flags, flagged utterances and their ratio', () => {
    const low: Rate = { utterances: 0, flags: 0, flagged: 0 };
    const high: Rate = { utterances: 0, flags: 0, flagged: 0 };
    for (const n of [2, 0, 1, 0]) addToRate(low, n);
    for (const n of [1, 0, 0, 0, 0, 0, 0, 0]) addToRate(high, n);
    expect(per100(low)).toBe(75);
    expect(flaggedPercent(low)).toBe(50);
    expect(per100(high)).toBe(12.5);
    expect(ratio(per100(low), per100(high))).toBe(6);
  });

  it('is 0 for an empty group and the ratio over nothing is null', () => {
    const empty: Rate = { utterances: 0, flags: 0, flagged: 0 };
    expect(per100(empty)).toBe(0);
    expect(ratio(5, per100(empty))).toBeNull();
  });
});

describe('data-set figures', () => {
  const u = (over: Partial<AnnomiUtterance>): AnnomiUtterance => ({
    id: 'x',
    transcript: 0,
    mi_quality: 'high',
    text: '',
    behaviour: 'other',
    question: null,
    input: null,
    ...over,
  });

  it('AnnoMI: closed questions only among coded questions; advice over all utterances; rates by session quality', () => {
    const rows = [
      u({ behaviour: 'question', question: 'closed', mi_quality: 'low' }),
      u({ behaviour: 'question', question: 'open' }),
      u({ behaviour: 'question', question: 'closed' }),
      u({ behaviour: 'reflection' }),
      u({ behaviour: 'therapist_input', input: 'advice', mi_quality: 'low' }),
      u({ behaviour: 'reflection', question: 'closed' }), // a reflection ending in a closed question
    ];
    const results = [
      { categories: ['closed-question', 'judging'] },
      { categories: ['closed-question'] },
      { categories: [] },
      { categories: ['closed-question'] }, // not a coded question: outside the closed-question figures
      { categories: ['unsolicited-advice'] },
      { categories: ['closed-question'] },
    ];
    const a = evaluateAnnomi(rows, results);
    expect(a.questions).toBe(3);
    expect(a.closedQuestion).toEqual({ tp: 1, fp: 1, fn: 1 });
    // Any behaviour: the labelled reflection counts, the unlabelled one does not.
    expect(a.closedQuestionAnyBehaviour).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(a.advice).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(a.rates.low).toEqual({ utterances: 2, flags: 3, flagged: 2 });
    expect(a.rates.high).toEqual({ utterances: 4, flags: 3, flagged: 3 });
  });

  it('EPITOME: level 1 is positive at >= 1 and negative at = 2', () => {
    const r = (explorations: number): EpitomeResponse => ({
      id: 'x',
      response: '',
      emotional_reactions: 0,
      interpretations: 0,
      explorations,
    });
    const sig = (explores: boolean) => ({ categories: [], signals: { explores, reacts: false, interprets: false } });
    const e = evaluateEpitome([r(2), r(1), r(0), r(2)], [sig(true), sig(true), sig(true), sig(false)]);
    expect(e.explores.atLeast1).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(e.explores.strong).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(e.reacts.atLeast1).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('closed-question shapes (src/eval/closed-shapes.ts)', () => {
  it('sorts a question by its last "?" sentence, after fillers', () => {
    expect(shapeOf('Thanks for coming. Is it okay if I ask about your week?')).toBe('permission');
    expect(shapeOf('Would you like a few ideas?')).toBe('permission');
    expect(shapeOf('So, how many nights a week?')).toBe('amount');
    expect(shapeOf('On a scale of 1 to 10, how ready are you?')).toBe('amount');
    expect(shapeOf('Okay. What was that like?')).toBe('wh');
    expect(shapeOf('Um, did you sleep at all?')).toBe('auxiliary');
    expect(shapeOf('You moved out in May, is that right?')).toBe('tag');
    expect(shapeOf('So you have been sleeping less since then?')).toBe('statement');
    expect(shapeOf('Yeah?')).toBe('fragment');
    expect(shapeOf('I wonder how the week went.')).toBe('no-mark');
  });

  it('questionSentence picks the last question, else the last sentence', () => {
    expect(questionSentence('Did it help? I hope so. Was it hard?')).toEqual({ sentence: 'Was it hard?', marked: true });
    expect(questionSentence('Tell me more. I am listening.')).toEqual({ sentence: 'I am listening.', marked: false });
  });

  it('tallies found, missed and false positives per shape, with a total row', () => {
    const rows = [
      { text: 'Did you go?', closed: true, flagged: true },
      { text: 'Were you there?', closed: true, flagged: false },
      { text: 'Are you still there?', closed: false, flagged: true },
      { text: 'What happened?', closed: false, flagged: false },
      { text: 'Right?', closed: true, flagged: false },
    ];
    const counts = tallyShapes(rows);
    expect(counts.auxiliary).toEqual({ found: 1, missed: 1, falsePositive: 1, open: 1 });
    expect(counts.fragment).toEqual({ found: 0, missed: 1, falsePositive: 0, open: 0 });
    expect(counts.wh).toEqual({ found: 0, missed: 0, falsePositive: 0, open: 1 });
    const table = closedShapeTable(rows);
    expect(table.rows.at(-1)).toEqual(['all', '3', '1', '2', '2', '1']);
  });
});
