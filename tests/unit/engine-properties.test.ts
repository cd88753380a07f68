// Property tests: the engine under any input (issue "Trust"). Thousands of generated cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, createIncrementalAnalyzer, type AnalysisResult } from '../../src/engine';

// Phrases that fire rules, mixed with hostile characters, so findings and offsets are exercised.
const triggers = [
  'Calm down',
  'just get over it',
  'At least you',
  'Did that make you sad?',
  'I hear you, but',
  "it's not a big deal",
  'you should see a therapist',
  'Are you okay?',
  '"calm down"',
];
const hostile = [
  '👩‍👩‍👧',
  '😀',
  '\u0301',
  'e\u0301',
  '\uD800',
  '\uDC00',
  'שלום',
  'مرحبا',
  '中文字',
  '\u0000',
  '\u0007',
  '\u202E',
  '\u200B',
  '\r\n',
  '\t',
  '…',
  '“',
  '’',
  '?!',
  'a'.repeat(300),
];
const piece = fc.oneof(
  fc.constantFrom(...triggers),
  fc.constantFrom(...hostile),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(' ', '. ', '\n', ', '),
);
const text = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

function checkShape(input: string, result: AnalysisResult): void {
  for (const f of result.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.suggestions.length).toBeGreaterThan(0);
    for (const s of f.suggestions) expect(typeof s === 'string' && s.length > 0).toBe(true);
  }
}

describe('engine properties', { timeout: 240_000 }, () => {
  it('never throws, keeps offsets exact and suggestions non-empty', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkShape(input, analyze(input, { sensitivity: 'thorough' }));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(JSON.stringify(analyze(input))).toBe(JSON.stringify(analyze(input)));
      }),
      { numRuns: 300 },
    );
  });

  it('incremental and full analysis agree after any sequence of edits', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(piece, fc.constant('')) });
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 15 }), (start, edits) => {
        const inc = createIncrementalAnalyzer({ sensitivity: 'thorough' });
        let current = start;
        expect(inc.update(current)).toEqual(analyze(current, { sensitivity: 'thorough' }));
        for (const e of edits) {
          const at = current.length ? e.at % (current.length + 1) : 0;
          current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
          expect(inc.update(current)).toEqual(analyze(current, { sensitivity: 'thorough' }));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('huge text', { timeout: 240_000 }, () => {
  it('cuts endless sentences into bounded units without losing offsets', () => {
    const words = Array.from({ length: 3000 }, (_, i) => (i % 50 === 0 ? 'just get over it' : 'word')).join(' ');
    const result = analyze(words);
    checkShape(words, result);
    expect(result.findings.length).toBeGreaterThan(10);
  });

  it('analyses 1 MB in budgeted slices that add up to the full result, and says when it was cut', () => {
    const chunk = 'I hear you, but calm down. It is not a big deal! Did that make you sad? ';
    const huge = chunk.repeat(Math.ceil(1_048_576 / chunk.length));
    const inc = createIncrementalAnalyzer();
    let result = inc.update(huge, 20);
    while (result.pending) result = inc.update(huge, 20);
    expect(result.truncated).toBe(true);
    const full = analyze(huge);
    expect(full.truncated).toBe(true);
    expect(result.findings).toEqual(full.findings);
    expect(Math.max(...result.findings.map((f) => f.end))).toBeLessThanOrEqual(100_000);
  });

  it('reports pending sentences when the budget runs out', () => {
    let clock = 0;
    // A fake clock that advances 10 ms per reading: a 15 ms budget allows about one new sentence.
    const inc = createIncrementalAnalyzer();
    const text = 'Calm down. Get over it. Look on the bright side. Are you okay? At least you tried.';
    const realNow = performance.now;
    performance.now = () => (clock += 10);
    try {
      const partial = inc.update(text, 15);
      expect(partial.pending).toBeGreaterThan(0);
    } finally {
      performance.now = realNow;
    }
    expect(inc.update(text).pending).toBeUndefined();
  });
});

describe('long texts in slices', { timeout: 240_000 }, () => {
  it('finishes a text of thousands of distinct sentences under a small budget', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `Line ${i} is here.`).join(' ') + ' Calm down.';
    const inc = createIncrementalAnalyzer();
    let result = inc.update(text, 5);
    let calls = 1;
    while (result.pending && calls < 2000) {
      result = inc.update(text, 5);
      calls++;
    }
    expect(result.pending).toBeUndefined();
    expect(result.findings.map((f) => f.text)).toContain('Calm down');
  });
});
