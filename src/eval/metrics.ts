// Pure scoring functions for `npm run eval`. No I/O, so tests can feed them hand-made inputs.
// The dev-corpus scoring mirrors ../shared/tools/score-corpus.mjs exactly (same counting, same rounding),
// so the figures here and that script's figures never disagree.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** tp / (tp + fp); 0 when nothing was flagged (as score-corpus does). */
export function precision(c: Counts): number {
  return c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
}

/** tp / (tp + fn); 0 when nothing is labelled. */
export function recall(c: Counts): number {
  return c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
}

/** Rounds like score-corpus (`+x.toFixed(n)`), so pass/fail marks match its output. */
export function round(x: number, digits: number): number {
  return +x.toFixed(digits);
}

/** Confusion counts of a binary prediction against a binary label, one pair an item. */
export function binaryCounts(items: Iterable<{ predicted: boolean; actual: boolean }>): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const { predicted, actual } of items) {
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
  }
  return c;
}

export interface LabelledMessage {
  id: string;
  flags: readonly string[];
}

export interface CorpusScore {
  n: number;
  /** Categories that occur in the labels, sorted: the only ones score-corpus counts. */
  categories: string[];
  perCategory: Record<string, Counts>;
  micro: Counts;
  /** "Any flag" view: a message that needs a flag got some flag (category ignored). */
  any: Counts;
  traps: number;
  trapHits: number;
  missing: number;
}

/**
 * Message-level scoring of predicted categories against labelled categories.
 * `predicted` maps a message id to the categories flagged anywhere in it; an id absent from the map counts
 * as missing and is left out of every figure, as in score-corpus.
 */
export function scoreCorpus(labels: readonly LabelledMessage[], predicted: ReadonlyMap<string, ReadonlySet<string>>): CorpusScore {
  const categories = [...new Set(labels.flatMap((l) => l.flags))].sort();
  const perCategory = Object.fromEntries(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<string, Counts>;
  const any: Counts = { tp: 0, fp: 0, fn: 0 };
  let traps = 0;
  let trapHits = 0;
  let missing = 0;
  for (const l of labels) {
    const got = predicted.get(l.id);
    if (!got) {
      missing++;
      continue;
    }
    const want = new Set(l.flags);
    if (want.size === 0) {
      traps++;
      if (got.size) trapHits++;
    }
    if (want.size && got.size) any.tp++;
    else if (!want.size && got.size) any.fp++;
    else if (want.size && !got.size) any.fn++;
    for (const c of categories) {
      const counts = perCategory[c]!;
      if (got.has(c) && want.has(c)) counts.tp++;
      else if (got.has(c)) counts.fp++;
      else if (want.has(c)) counts.fn++;
    }
  }
  const sum = (k: keyof Counts) => categories.reduce((a, c) => a + perCategory[c]![k], 0);
  return {
    n: labels.length,
    categories,
    perCategory,
    micro: { tp: sum('tp'), fp: sum('fp'), fn: sum('fn') },
    any,
    traps,
    trapHits,
    missing,
  };
}

/** Share of trap messages (labelled `flags: []`) that got any flag; 0 when there are none. */
export function trapFpRate(score: Pick<CorpusScore, 'traps' | 'trapHits'>): number {
  return score.traps ? score.trapHits / score.traps : 0;
}

/** Any-flag precision as score-corpus computes it (divides by 1 when nothing was flagged). */
export function anyPrecision(any: Counts): number {
  return any.tp / (any.tp + any.fp || 1);
}

/** Any-flag recall as score-corpus computes it. */
export function anyRecall(any: Counts): number {
  return any.tp / (any.tp + any.fn || 1);
}

export interface Rate {
  utterances: number;
  /** Total flags (findings or messages) over all utterances. */
  flags: number;
  /** Utterances with at least one flag. */
  flagged: number;
}

/** Adds one utterance with `flags` flags to a running rate. */
export function addToRate(rate: Rate, flags: number): void {
  rate.utterances++;
  rate.flags += flags;
  if (flags > 0) rate.flagged++;
}

/** Flags per 100 utterances; 0 for an empty group. */
export function per100(rate: Rate): number {
  return rate.utterances ? (100 * rate.flags) / rate.utterances : 0;
}

/** Share of utterances with any flag, in percent. */
export function flaggedPercent(rate: Rate): number {
  return rate.utterances ? (100 * rate.flagged) / rate.utterances : 0;
}

/** a / b, or null when b is 0 (a ratio over nothing is undefined, not infinite). */
export function ratio(a: number, b: number): number | null {
  return b ? a / b : null;
}
