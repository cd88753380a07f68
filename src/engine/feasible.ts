// A quick, generous answer to "could this compromise pattern match these terms?", to avoid running
// compromise's matcher (which tries every start position and allocates as it goes) on patterns that
// cannot match. It explores every way the pattern's slots could line up with the terms, each slot
// allowed at least what compromise's matcher lets it do (including its quirks: an optional slot's
// term also satisfying the next slot, contractions spanning two terms, greedy slots stopping early),
// so "no" is certain and "yes" only means "run the real matcher". With `tags: false` every tag test
// passes: the answer then holds for whatever tags the tagger will set, as long as the words are final.
// tests/unit/engine-staged.test.ts checks it never says no where compromise finds a match.

import type { WordTerm } from './candidates';
import type { Reg as WordReg } from './wordcheck';

interface Term extends WordTerm {
  tags: Set<string>;
  switch?: string;
  pre: string;
  post: string;
}

/** compromise's parsed pattern slot, with the fields only this check reads. */
interface Reg extends WordReg {
  greedy?: boolean;
  start?: boolean;
  pos?: string;
  choices?: Reg[][];
  switch?: string;
}

type TermMethods = Record<string, (term: Term) => boolean>;

export interface FeasibleOptions {
  /** Whether the terms carry their final tags (else any tag test passes). */
  tags: boolean;
  methods: TermMethods;
}

// compromise's @methods that read tags.
const TAG_METHODS = new Set(['isAcronym', 'isKnown', 'isFrozen']);

/** Whether `reg` could match `term` alone (a superset of compromise's doesMatch, anchors ignored). */
export function termMay(reg: Reg, term: Term, o: FeasibleOptions): boolean {
  if (reg.anything) return true;
  if (reg.id !== undefined) return true;
  if (reg.word !== undefined) {
    if (reg.use !== undefined || reg.fuzzy) return true;
    const w = reg.word;
    return term.machine === w || term.text === w || term.normal === w || (term.alias?.includes(w) ?? false);
  }
  if (reg.tag !== undefined) return !o.tags || term.tags.has(reg.tag);
  if (reg.method !== undefined) {
    const fn = o.methods[reg.method];
    if (!fn || (!o.tags && TAG_METHODS.has(reg.method))) return true;
    return fn(term) === true;
  }
  if (reg.pre !== undefined || reg.post !== undefined || reg.regex !== undefined || reg.chunk !== undefined) return true;
  if (reg.switch !== undefined) return !o.tags || term.switch === reg.switch;
  if (reg.machine !== undefined || reg.sense !== undefined) return true;
  if (reg.fastOr !== undefined) {
    if (reg.pos && o.tags && !term.tags.has(reg.pos)) return false;
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(term.text);
  }
  return true;
}

/** Where a sequence of regs (an alternative of an or-block) could end, starting at `t`. */
function seqEnds(regs: readonly Reg[], terms: readonly Term[], t: number, o: FeasibleOptions): number[] {
  let at = new Set([t]);
  for (const reg of regs) {
    const next = new Set<number>();
    for (const p of at) {
      if (reg.optional || reg.negative) next.add(p); // generous: may take no term
      if (p >= terms.length) continue;
      if (reg.negative || termMay(reg, terms[p]!, o)) {
        next.add(p + 1);
        if (reg.greedy || reg.negative)
          for (let q = p + 1; q < terms.length && (reg.negative || termMay(reg, terms[q]!, o)); q++) next.add(q + 1);
      }
    }
    at = next;
    if (at.size === 0) break;
  }
  return [...at];
}

/** Scratch space for `mayMatchTerms`, reused across calls (it runs for every candidate of every sentence). */
let scratch = new Uint8Array(1024);

/**
 * False only when compromise's match of `regs` cannot find anything in `terms` (one sentence).
 * Positions: reach(r, t) says the matcher may stand at slot r with term t next.
 */
export function mayMatchTerms(regs: readonly Reg[], terms: readonly Term[], o: FeasibleOptions): boolean {
  const n = terms.length;
  const R = regs.length;
  if (R === 0 || n === 0) return false;
  const W = n + 1;
  const size = (R + 3) * W;
  if (scratch.length < size) scratch = new Uint8Array(size * 2);
  const reach = scratch;
  reach.fill(0, 0, size);
  if (regs[0]!.start) reach[0] = 1;
  else reach.fill(1, 0, n);
  for (let r = 0; r < R; r++) {
    const reg = regs[r]!;
    const here = r * W;
    const next = here + W;
    for (let t = 0; t <= n; t++) {
      if (!reach[here + t]) continue;
      // Out of terms: compromise succeeds if what is left is optional (generous: always).
      if (t === n) {
        for (let k = r + 1; k <= R; k++) reach[k * W + n] = 1;
        break;
      }
      if (reg.optional || reg.negative) reach[next + t] = 1; // may take no term
      if (reg.anything && reg.greedy) {
        reach.fill(1, next + t, next + n + 1);
        continue;
      }
      if (reg.choices) {
        if (reg.negative || reg.operator === 'and') {
          // generous: any short run
          reach.fill(1, next + t, next + n + 1);
          continue;
        }
        const ends = new Set<number>();
        let frontier = [t];
        // a greedy or-block repeats its alternatives
        do {
          const found: number[] = [];
          for (const from of frontier) {
            for (const alt of reg.choices) {
              for (const e of seqEnds(alt, terms, from, o)) {
                if (e > from && !ends.has(e)) {
                  ends.add(e);
                  found.push(e);
                }
              }
            }
          }
          frontier = found;
        } while (reg.greedy && frontier.length);
        for (const e of ends) reach[next + e] = 1;
        continue;
      }
      const ok = reg.negative || reg.anything || termMay(reg, terms[t]!, o);
      if (!ok) continue;
      // one term, or a run of them (greedy, negative greedy); a contraction's implicit second term too
      let last = t + 1;
      if (reg.greedy || (reg.negative && reg.greedy)) {
        while (last < n && (reg.negative || termMay(reg, terms[last]!, o))) last++;
      }
      for (let q = t + 1; q <= last; q++) {
        reach[next + q] = 1;
        const term = terms[q - 1]!;
        if (term.implicit && terms[q]?.implicit) reach[next + q + 1] = 1;
        // compromise lets one term satisfy an optional slot and the next one or two slots too
        if (reg.optional) {
          reach[next + W + q] = 1;
          reach[next + 2 * W + q] = 1;
        }
      }
    }
  }
  for (let t = 0; t <= n; t++) if (reach[R * W + t] || reach[(R + 1) * W + t] || reach[(R + 2) * W + t]) return true;
  return false;
}
