// Turns checker results on each data set into the figures of docs/quality.md. Pure: rows and results in,
// counts out; the numbers are only rounded when they are shown.
import type { AnnomiUtterance, DevMessage, EpitomeResponse } from './datasets';
import { addToRate, binaryCounts, scoreCorpus, type CorpusScore, type Counts, type Rate } from './metrics';
import type { CheckResult } from './pool';

export function evaluateDev(rows: readonly DevMessage[], results: readonly CheckResult[]): CorpusScore {
  const predicted = new Map(rows.map((r, i) => [r.id, new Set(results[i]!.categories)]));
  return scoreCorpus(rows, predicted);
}

export interface AnnomiFigures {
  /** Closed-question findings against the expert open/closed labels, over utterances coded as questions. */
  closedQuestion: Counts;
  questions: number;
  /** The same over every utterance with an open/closed label, whatever its main behaviour (some reflections end in a question). */
  closedQuestionAnyBehaviour: Counts;
  /** Unsolicited-advice findings against `input: advice`, over all utterances. */
  advice: Counts;
  rates: { low: Rate; high: Rate };
}

export function evaluateAnnomi(rows: readonly AnnomiUtterance[], results: readonly CheckResult[]): AnnomiFigures {
  const has = (i: number, category: string) => results[i]!.categories.includes(category);
  const questions = rows.flatMap((r, i) => (r.behaviour === 'question' && r.question ? [{ r, i }] : []));
  const rates = { low: emptyRate(), high: emptyRate() };
  rows.forEach((r, i) => {
    if (r.mi_quality === 'low' || r.mi_quality === 'high') addToRate(rates[r.mi_quality], results[i]!.categories.length);
  });
  return {
    closedQuestion: binaryCounts(questions.map(({ r, i }) => ({ predicted: has(i, 'closed-question'), actual: r.question === 'closed' }))),
    questions: questions.length,
    closedQuestionAnyBehaviour: binaryCounts(
      rows.flatMap((r, i) => (r.question ? [{ predicted: has(i, 'closed-question'), actual: r.question === 'closed' }] : [])),
    ),
    advice: binaryCounts(rows.map((r, i) => ({ predicted: has(i, 'unsolicited-advice'), actual: r.input === 'advice' }))),
    rates,
  };
}

/** Flag rates of any checker (used for the alex baseline, which has no categories). */
export function annomiRates(rows: readonly AnnomiUtterance[], results: readonly CheckResult[]): { low: Rate; high: Rate } {
  return evaluateAnnomi(rows, results).rates;
}

export const EPITOME_SIGNALS = [
  { signal: 'explores', label: 'explorations' },
  { signal: 'reacts', label: 'emotional_reactions' },
  { signal: 'interprets', label: 'interpretations' },
] as const;
export type EpitomeSignal = (typeof EPITOME_SIGNALS)[number]['signal'];

/** Each engine signal against its EPITOME mechanism at two thresholds: any level (>= 1) and strong only (== 2). */
export function evaluateEpitome(
  rows: readonly EpitomeResponse[],
  results: readonly CheckResult[],
): Record<EpitomeSignal, { atLeast1: Counts; strong: Counts }> {
  const out = {} as Record<EpitomeSignal, { atLeast1: Counts; strong: Counts }>;
  for (const { signal, label } of EPITOME_SIGNALS) {
    const pairs = rows.map((r, i) => ({ predicted: results[i]!.signals?.[signal] === true, level: r[label] }));
    out[signal] = {
      atLeast1: binaryCounts(pairs.map((p) => ({ predicted: p.predicted, actual: p.level >= 1 }))),
      strong: binaryCounts(pairs.map((p) => ({ predicted: p.predicted, actual: p.level === 2 }))),
    };
  }
  return out;
}

function emptyRate(): Rate {
  return { utterances: 0, flags: 0, flagged: 0 };
}
