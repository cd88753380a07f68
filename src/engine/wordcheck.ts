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

// A word check is compiled once per pattern into a flat program over word ids, kept with every other
// pattern's in one Int32Array: the per-sentence check then never walks compromise's pattern objects (of
// many shapes, slow to read) nor closures scattered over the heap (4× slower between compromise's
// parses than in a tight loop: cache misses). A node is [op, size, ...]: ANY_OF lists word ids,
// ALL_OF and ONE_OF list child nodes; size is the node's length, so a node can be skipped.
const ANY_OF = 0;
const ALL_OF = 1;
const ONE_OF = 2;

type IdOf = (word: string) => number;

/** Could `reg` match some term of such a sentence? (Follows the precedence of compromise's doesMatch:
 *  a word is compared before a tag, a tag before a method.) Null: it may match anything. */
function regProgram(reg: Reg, idOf: IdOf): number[] | null {
  if (reg.anything) return null;
  if (reg.word !== undefined) return reg.use !== undefined || reg.fuzzy === true ? null : anyOf([reg.word], idOf);
  if (reg.tag !== undefined) return null;
  if (reg.method !== undefined) return TEXT_METHODS.has(reg.method) ? anyOf([methodWord(reg.method)], idOf) : null;
  if (reg.fastOr && !reg.choices) return anyOf([...reg.fastOr], idOf);
  if (reg.choices && reg.operator !== 'and') {
    const alternatives = reg.choices.map((seq) => seqProgram(seq, idOf));
    if (alternatives.some((alt) => alt === null)) return null;
    return node(ONE_OF, alternatives as number[][]);
  }
  return null;
}

function seqProgram(regs: readonly Reg[], idOf: IdOf): number[] | null {
  const checks = regs
    .filter(isRequired)
    .map((reg) => regProgram(reg, idOf))
    .filter((c): c is number[] => c !== null);
  if (checks.length === 0) return null;
  return checks.length === 1 ? checks[0]! : node(ALL_OF, checks);
}

const anyOf = (words: readonly string[], idOf: IdOf): number[] => [ANY_OF, words.length + 2, ...words.map(idOf)];
const node = (op: number, children: number[][]): number[] => {
  const body = children.flat();
  return [op, body.length + 2, ...body];
};

/** The word program of a pattern (null: any sentence may match it), naming words by `idOf`. */
export const compileWordProgram = (regs: Regs, idOf: IdOf): number[] | null => seqProgram(regs as Reg[], idOf);

/** Runs the program at `pc`: false only when the pattern cannot match a sentence whose words are those
 *  with `present[id] === stamp`. */
export function runWordProgram(program: Int32Array, pc: number, present: Uint32Array, stamp: number): boolean {
  const op = program[pc]!;
  const end = pc + program[pc + 1]!;
  if (op === ANY_OF) {
    for (let k = pc + 2; k < end; k++) if (present[program[k]!] === stamp) return true;
    return false;
  }
  const all = op === ALL_OF;
  for (let c = pc + 2; c < end; c += program[c + 1]!) {
    const ok = runWordProgram(program, c, present, stamp);
    if (all && !ok) return false;
    if (!all && ok) return true;
  }
  return all;
}

/** False only when the pattern cannot match any sentence whose words are all in `words`. */
export function mayMatch(regs: Regs, words: ReadonlySet<string>): boolean {
  const ids = new Map<string, number>();
  const program = compileWordProgram(regs, (w) => ids.get(w) ?? ids.set(w, ids.size).get(w)!);
  if (!program) return true;
  const present = new Uint32Array(ids.size);
  for (const w of words) if (ids.has(w)) present[ids.get(w)!] = 1;
  return runWordProgram(Int32Array.from(program), 0, present, 1);
}

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
