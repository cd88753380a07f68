// The clause around a finding, for rules whose suggestions are whole clauses ("That sounds really hard"):
// replacing only the flagged words would leave half a clause behind ("A rough semester is ⟦that sounds
// really hard⟧."), so such rules (`replaces: clause`) replace the clause the words sit in instead.
import type { Span } from './spans';

// Punctuation, spaced dashes and emoji that end a clause inside a sentence.
const HARD_BREAK = /[,;:()\n\u2013\u2014]|\s-\s|\p{Extended_Pictographic}/gu;
// Words that join two clauses; the clause starts after one and ends before one.
// ("so" and "then" are left out: more often an intensifier or a time word than a joiner.)
const JOINER = /(?<![\w'])(?:but|and|because|cuz|bc|though|although|yet)(?![\w'])/gi;
const QUOTE = /["\u201c\u201d]/;
const TRAILING = /[\s.!?\u2026]+$/;
// Openers that stay when the clause after them is replaced ("lol ⟦that sounds hard⟧").
const LEADING =
  /^(?:\s+|(?:lol|lmao|omg|tbh|ngl|idk|honestly|look|ok|okay|well|hey|dude|man|bro|girl|seriously|like|but|and|so)(?![\w'])[\s,.!]*)+/i;
/** A clause longer than this is not replaced whole: too much of what the person wrote would go. */
const MAX_CLAUSE_WORDS = 16;

function breaks(sentence: string): Span[] {
  const out: Span[] = [];
  for (const re of [HARD_BREAK, JOINER]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The clause of `sentence` containing `span` (never narrower than `span`, never into `keep`: other
 *  findings' words); `span` itself when the clause holds a quotation or is too long to replace whole. */
export function clauseAround(sentence: string, span: Span, keep: readonly Span[] = []): Span {
  let start = 0;
  let end = sentence.length;
  for (const b of [...breaks(sentence), ...keep]) {
    if (b.end <= span.start) start = Math.max(start, b.end);
    else if (b.start >= span.end) end = Math.min(end, b.start);
  }
  const head = sentence.slice(start, span.start);
  start += head.length - head.replace(LEADING, '').length;
  const tail = sentence.slice(span.end, end);
  end = span.end + tail.replace(TRAILING, '').length;
  const clause = { start: Math.min(start, span.start), end: Math.max(end, span.end) };
  const text = sentence.slice(clause.start, clause.end);
  if (QUOTE.test(text) || text.split(/\s+/).length > MAX_CLAUSE_WORDS) return span;
  return clause;
}
