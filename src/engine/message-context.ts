// Contexts that span the message, not one sentence: where a closed question needs no nudge.
// (Sentence results are cached by their text alone, so anything that reads a neighbour is decided here.)
import type { Segment } from './sentences';

/** An open question (a wh-word or an "or ..." alternative leading it) answered by the writer's next sentence. */
const OPEN_FOLLOW_UP =
  /^\W*(?:(?:so|and|but|also|ok|okay|like|or|or like|just|and like)\W+)*(?:what|whats|how|hows|why|when|where|who|which|or)\b[\s\S]*\?\W*$/i;

export interface MessageView {
  text: string;
  segments: readonly Segment[];
  /** Whether segment `i` touches a risk topic (contexts.yaml `risk.topics`); asked lazily. */
  touchesRisk: (i: number) => boolean;
}

/**
 * Whether a closed question in segment `i`, starting at `start` in the message, is left alone:
 * - an open question follows at once ("Was it scary? What went through your head?"): the writer already invites more;
 * - the message touches risk anywhere: a closed question there may be a safety check no list names, and crisis
 *   training asks those plainly ("u mentioned the rope earlier. is it still in ur room?");
 * - it sits in brackets: an aside, not a question put to the reader.
 */
export function closedQuestionLeftAlone(view: MessageView, i: number, start: number): boolean {
  const next = view.segments[i + 1];
  if (next && OPEN_FOLLOW_UP.test(next.text)) return true;
  if (insideBrackets(view.text, start)) return true;
  return view.segments.some((_, j) => view.touchesRisk(j));
}

const BARE_OK = 'transactional.bare-ok';

/**
 * Whether a curt-tone nudge is left alone: in a message that touches risk, a bare "ok." is the acknowledgement of
 * a crisis chat before the next safety question ("ok. is anyone with u right now?"), not a brush-off.
 */
export function acknowledgementLeftAlone(view: MessageView, rule: string): boolean {
  return rule === BARE_OK && view.segments.some((_, j) => view.touchesRisk(j));
}

/** An unclosed "(" before `at` on its line. */
function insideBrackets(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  for (let k = lineStart; k < at; k++) {
    if (text[k] === '(') depth++;
    else if (text[k] === ')' && depth > 0) depth--;
  }
  return depth > 0;
}
