// What a pattern can need from a sentence, judged from its words alone, before any tagging.
// Tagging (compromise's tagger) is much of the cost of a sentence; these checks let
// the engine prove, from the tokenised words, that a pattern cannot match (so the sentence needs no
// tagging at all) or that a pattern never looks at tags (so the words are enough to match it).
// Every check here errs on the side of "may match": a wrong "may" costs time, never a finding.
import type { Regs } from './compromise';

export interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  word?: string;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  method?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  min?: number;
  [key: string]: unknown;
}

/** compromise's @methods that read only a term's text and punctuation, never its tags. */
export const TEXT_METHODS = new Set([
  'hasQuote',
  'hasQuotation',
  'hasComma',
  'hasPeriod',
  'hasExclamation',
  'hasQuestionMark',
  'hasEllipses',
  'hasSemicolon',
  'hasColon',
  'hasSlash',
  'hasHyphen',
  'hasDash',
  'hasContraction',
  'isTitleCase',
  'isUpperCase',
]);

/** Word for the "some term satisfies @method" fact in a sentence's word set. */
export const methodWord = (method: string): string => `@${method}`;

const isRequired = (reg: Reg): boolean => !reg.optional && !reg.negative && reg.min !== 0;

/** A compiled "could this pattern match a sentence whose words all lie in `words`?"; null means always. */
export type WordCheck = (words: ReadonlySet<string>) => boolean;

/** Could `reg` match some term of such a sentence? (Follows the precedence of compromise's doesMatch:
 *  a word is compared before a tag, a tag before a method.) Compiled once per pattern into closures, so
 *  the per-sentence check never walks compromise's pattern objects (of many shapes, slow to read). */
function regCheck(reg: Reg): WordCheck | null {
  if (reg.anything) return null;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy === true) return null;
    const word = reg.word;
    return (words) => words.has(word);
  }
  if (reg.tag !== undefined) return null;
  if (reg.method !== undefined) {
    if (!TEXT_METHODS.has(reg.method)) return null;
    const word = methodWord(reg.method);
    return (words) => words.has(word);
  }
  if (reg.fastOr && !reg.choices) {
    const list = [...reg.fastOr];
    return (words) => {
      for (const w of list) if (words.has(w)) return true;
      return false;
    };
  }
  if (reg.choices && reg.operator !== 'and') {
    const alternatives = reg.choices.map(seqCheck);
    if (alternatives.some((alt) => alt === null)) return null;
    const alts = alternatives as WordCheck[];
    return (words) => {
      for (const alt of alts) if (alt(words)) return true;
      return false;
    };
  }
  return null;
}

function seqCheck(regs: readonly Reg[]): WordCheck | null {
  const checks = regs
    .filter(isRequired)
    .map(regCheck)
    .filter((c): c is WordCheck => c !== null);
  if (checks.length === 0) return null;
  return (words) => {
    for (const check of checks) if (!check(words)) return false;
    return true;
  };
}

/** The compiled word check of a pattern (null: any sentence may match it). */
export const compileWordCheck = (regs: Regs): WordCheck | null => seqCheck(regs as Reg[]);

/** Whether the compiled check says no more than `wordNeeds` does (each required slot one set of
 *  words), so the word sets alone can decide. Not so when an alternative needs several words. */
export const checkIsWordSets = (regs: Regs): boolean => (regs as Reg[]).filter(isRequired).every(slotIsWordSet);

function slotIsWordSet(reg: Reg): boolean {
  if (!reg.choices || reg.operator === 'and') return true;
  return reg.choices.every((seq) => {
    const checked = seq.filter((r) => isRequired(r) && regCheck(r) !== null);
    return checked.length <= 1 && checked.every(slotIsWordSet);
  });
}

/** False only when the pattern cannot match any sentence whose words are all in `words`. */
export const mayMatch = (regs: Regs, words: ReadonlySet<string>): boolean => compileWordCheck(regs)?.(words) ?? true;

// Keys of a parsed reg that never involve tags: words, punctuation, regexes on the normal form,
// repetition and grouping. Anything else (tags, %switches%, chunks, {roots}, senses) needs tagging.
const WORD_LEVEL_KEYS = new Set([
  'word',
  'use',
  'fuzzy',
  'min',
  'max',
  'greedy',
  'optional',
  'negative',
  'anything',
  'start',
  'end',
  'group',
  'groupStart',
  'groupEnd',
  'operator',
  'fastOr',
  'choices',
  'regex',
  'pre',
  'post',
  'method',
]);

/** Whether matching the pattern reads only the terms' words and punctuation (never tags). */
export function wordLevel(regs: Regs): boolean {
  const ok = (reg: Reg): boolean => {
    for (const key of Object.keys(reg)) if (!WORD_LEVEL_KEYS.has(key)) return false;
    if (reg.method !== undefined && !TEXT_METHODS.has(reg.method)) return false;
    return (reg.choices ?? []).every((seq) => seq.every(ok));
  };
  return (regs as Reg[]).every(ok);
}

/** Word sets the pattern needs: for each, a sentence it matches holds at least one of the words.
 *  (One per required slot that can only match listed words; an alternative of several words is
 *  represented by any required word of it.) */
export function wordNeeds(regs: Regs): string[][] {
  const out: string[][] = [];
  for (const reg of regs as Reg[]) {
    if (!isRequired(reg)) continue;
    const set = slotWords(reg);
    if (set) out.push(set);
  }
  return out;
}

function slotWords(reg: Reg): string[] | null {
  if (reg.anything) return null;
  if (reg.word !== undefined) return reg.use !== undefined || reg.fuzzy ? null : [reg.word];
  if (reg.tag !== undefined) return null;
  if (reg.method !== undefined) return TEXT_METHODS.has(reg.method) ? [methodWord(reg.method)] : null;
  if (reg.fastOr && !reg.choices) return [...reg.fastOr];
  if (reg.choices && reg.operator !== 'and') {
    const out: string[] = [];
    for (const seq of reg.choices) {
      const need = seq.filter(isRequired).map(slotWords);
      // An alternative with no required slot, or none made of words, can match anything.
      const best = need.filter((w): w is string[] => w !== null).sort((a, b) => a.length - b.length)[0];
      if (!best) return null;
      out.push(...best);
    }
    return out;
  }
  return null;
}
