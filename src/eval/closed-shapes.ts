// Sorts a therapist question into a rough shape, so the closed-question misses and false positives on AnnoMI
// can be counted by shape (src/eval/closed-report.ts). Pure string work on the question sentence; the
// shapes are for reading the figures, not for flagging (the rule pack does that).

export const SHAPES = ['permission', 'amount', 'wh', 'auxiliary', 'tag', 'statement', 'fragment', 'no-mark'] as const;
export type QuestionShape = (typeof SHAPES)[number];

const FILLERS =
  /^(?:(?:so|and|but|or|ok|okay|well|um|uh|right|all right|alright|yeah|now|oh|mm-hmm|hmm|then|i mean|just|also)(?:[-,.\s]+|$))+/i;
// Asking leave or offering ("Is it okay if...", "Would you like some ideas?"): never flagged by design.
const PERMISSION =
  /\b(?:(?:ok|okay|alright|all right) (?:with you )?(?:if|for|to)|mind if|do you mind|would you mind|(?:would|will|are) you be (?:open|interested|willing)|(?:interested|willing|open) (?:in|to)|would you like (?:some|to|me|a|more)|do you want (?:some|me to)|can i|could i|may i|something (?:that )?(?:you|we)(?:'d| would| could| might)|(?:would|does) that (?:be|help|work|sound|make sense)|is that okay)\b/i;
const AMOUNT = /\b(?:how (?:much|many|often|long|far)|on a scale|what number|scale of)\b/i;
const WH = /^(?:what|how|why|where|when|who|whom|whose|which)\b/i;
const AUXILIARY = /^(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|should|shall|am|may)\b/i;
const TAG =
  /(?:,\s*(?:right|yeah|yep|no|okay|ok|correct|is that right|is that correct|(?:do|did|are|were|have|had|is|was|does|has|will|can)(?:n't|\s+not)?\s+(?:you|it|he|she|they|there)))\s*$/i;

/** The question sentence of an utterance: its last sentence ending with "?", else its last sentence. */
export function questionSentence(text: string): { sentence: string; marked: boolean } {
  const sentences = text
    .trim()
    .split(/(?<=[.?!])\s+/)
    .filter(Boolean);
  const marked = sentences.filter((s) => s.endsWith('?'));
  return { sentence: marked.at(-1) ?? sentences.at(-1) ?? '', marked: marked.length > 0 };
}

export function shapeOf(text: string): QuestionShape {
  const { sentence, marked } = questionSentence(text);
  if (!marked) return 'no-mark';
  const core = sentence
    .replace(/^[-\s[\]a-z]*\]\s*/i, '')
    .replace(/^[-–—\s]+/, '')
    .replace(FILLERS, '')
    .replace(/\?+$/, '')
    .trim();
  if (PERMISSION.test(core)) return 'permission';
  if (AMOUNT.test(core)) return 'amount';
  if (WH.test(core)) return 'wh';
  if (AUXILIARY.test(core)) return 'auxiliary';
  if (TAG.test(core)) return 'tag';
  if (core.split(/\s+/).filter(Boolean).length <= 3) return 'fragment';
  return 'statement';
}

export interface ShapeCounts {
  /** Closed questions the engine flagged. */
  found: number;
  /** Closed questions it did not flag. */
  missed: number;
  /** Open questions it flagged. */
  falsePositive: number;
  /** Open questions of this shape, flagged or not (what flagging the whole shape would cost). */
  open: number;
}

/** Counts per shape over labelled questions and whether the engine flagged each. */
export function tallyShapes(items: Iterable<{ text: string; closed: boolean; flagged: boolean }>): Record<QuestionShape, ShapeCounts> {
  const out = Object.fromEntries(SHAPES.map((s) => [s, { found: 0, missed: 0, falsePositive: 0, open: 0 }])) as Record<
    QuestionShape,
    ShapeCounts
  >;
  for (const { text, closed, flagged } of items) {
    const counts = out[shapeOf(text)];
    if (closed && flagged) counts.found++;
    else if (closed) counts.missed++;
    else if (flagged) counts.falsePositive++;
    if (!closed) counts.open++;
  }
  return out;
}
