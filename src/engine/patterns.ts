// Checks and compiles compromise match patterns. compromise is lenient (a typo silently becomes a
// literal word), so the checks here turn the usual mistakes into errors that name what is wrong.
import nlp from 'compromise';
import { parsePattern, regsToJson, type Regs } from './compromise';

let knownTags: Set<string> | undefined;
function tagSet(): Set<string> {
  knownTags ??= new Set(Object.keys((nlp.world() as { model: { one: { tagSet: object } } }).model.one.tagSet));
  return knownTags;
}

interface Reg {
  tag?: string;
  word?: string;
  groupStart?: boolean;
  groupEnd?: boolean;
  choices?: Reg[][];
}

/** Returns a reason the pattern is broken, or null when it compiles. */
export function patternError(pattern: string): string | null {
  if (typeof pattern !== 'string' || !pattern.trim()) return 'pattern is empty';
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  for (const ch of pattern) {
    if (ch in pairs) stack.push(pairs[ch]!);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return `unbalanced "${ch}" in pattern "${pattern}"`;
    }
  }
  if (stack.length) return `missing "${stack[stack.length - 1]}" in pattern "${pattern}"`;
  let regs: Regs;
  try {
    regs = parsePattern(pattern);
  } catch (err) {
    return `pattern "${pattern}" does not compile: ${(err as Error).message}`;
  }
  const problems: string[] = [];
  const visit = (list: Reg[]) => {
    for (const reg of list) {
      if (reg.tag && !tagSet().has(reg.tag)) problems.push(`unknown tag #${reg.tag}`);
      if (reg.word && /[()[\]{}|<>]/.test(reg.word)) problems.push(`stray syntax in "${reg.word}"`);
      if (reg.choices) for (const c of reg.choices) visit(c);
    }
  };
  visit(regs as Reg[]);
  return problems.length ? `pattern "${pattern}": ${problems.join(', ')}` : null;
}

/** Parsed, serialisable form of a pattern (throws on a broken one; call patternError first). */
export function compilePattern(pattern: string): { match: string; regs: unknown } {
  const error = patternError(pattern);
  if (error) throw new Error(error);
  return { match: pattern, regs: regsToJson(parsePattern(pattern)) };
}
