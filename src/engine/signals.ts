// EPITOME-style empathy signals (Sharma et al., 2020): does a reply react to feelings, interpret or
// reflect, explore with questions; and does it advise. Patterns live in rules/signals.yaml.
import type { RuleSet } from './ruleset';
import type { Signals } from './types';

export type SentenceSignals = Omit<Signals, 'nudge'>;

/** `found`: the signal kinds whose patterns matched the sentence; `excluded`: those whose exclusion
 *  patterns (`<kind>_unless` in signals.yaml) matched it, which cancel the signal for this sentence.
 *  Explores needs a question ("?"), or a request to say more (`explores_requests`, no "?" needed). */
export function sentenceSignals(sentence: string, found: ReadonlySet<string>, excluded: ReadonlySet<string> = new Set()): SentenceSignals {
  const isQuestion = /\?\s*["'”’)]*\s*$/.test(sentence);
  const has = (kind: string) => found.has(kind) && !excluded.has(kind);
  return {
    reacts: has('reacts'),
    interprets: has('interprets'),
    explores: ((isQuestion && found.has('explores')) || found.has('explores-request')) && !excluded.has('explores'),
    advice: has('advice'),
  };
}

export function combineSignals(parts: readonly SentenceSignals[], rules: RuleSet): Signals {
  const signals: Signals = {
    reacts: parts.some((p) => p.reacts),
    interprets: parts.some((p) => p.interprets),
    explores: parts.some((p) => p.explores),
    advice: parts.some((p) => p.advice),
  };
  if (signals.advice && !signals.reacts && !signals.interprets && !signals.explores) {
    signals.nudge = { rule: 'signals.add-empathy', message: rules.nudge.message, insert: [...rules.nudge.insert], at: 0 };
  }
  return signals;
}
