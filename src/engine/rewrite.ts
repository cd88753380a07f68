// Fills suggestion templates so a rewrite reads naturally in place of the flagged words.
//   {name}          the words captured by [<name>...] in the pattern
//   {name:gerund}   the same, its first verb as -ing ("see a therapist" -> "seeing a therapist")
//   {name:you}      the same, first person turned to second ("my fault" -> "your fault")
//   =open-question  turn the flagged closed question into an open one (see open-question.ts)
import nlp from 'compromise';
import { openQuestion } from './open-question';
import type { Span } from './spans';

export interface RewriteInput {
  /** The flagged words exactly as written. */
  original: string;
  /** Captured groups, as spans relative to the sentence. */
  groups: Record<string, Span>;
  sentence: string;
}

const TRANSFORMS: Record<string, (input: RewriteInput) => string[]> = {
  'open-question': (input) => openQuestion(input.original),
};

const FILTERS: Record<string, (words: string) => string> = {
  gerund: (words) => {
    // "try going for a walk" -> "going for a walk"; "going for a walk" stays.
    const trimmed = words.replace(/^(?:try|trying|start|keep|consider)\s+(?=\w+ing\b)/i, '');
    const [first = '', ...rest] = trimmed.split(/\s+/);
    if (/ing$/i.test(first)) return trimmed;
    return [gerundOf(first), ...rest].join(' ');
  },
  you: (words) =>
    words.replace(
      /\b(I'm|I am|my|me|mine|myself|I)\b/gi,
      (w) =>
        ({ "i'm": "you're", 'i am': 'you are', my: 'your', me: 'you', mine: 'yours', myself: 'yourself', i: 'you' })[w.toLowerCase()] ?? w,
    ),
};

// A full compromise parse per call: remembered per word (a flagged sentence is re-analysed on every
// keystroke typed into it).
const gerunds = new Map<string, string>();
function gerundOf(word: string): string {
  let out = gerunds.get(word);
  if (out === undefined) {
    const gerund = (nlp(word).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    out = gerund && !gerund.includes(' ') ? gerund : word;
    if (gerunds.size >= 1000) gerunds.clear();
    gerunds.set(word, out);
  }
  return out;
}

export function fillSuggestions(templates: readonly string[], input: RewriteInput): string[] {
  const out: string[] = [];
  for (const template of templates) {
    for (const raw of expand(template, input)) {
      const s = matchCase(raw.replace(/\s+/g, ' ').trim(), input.original);
      if (s && s !== input.original && !out.includes(s)) out.push(s);
    }
  }
  return out.slice(0, 3);
}

function expand(template: string, input: RewriteInput): string[] {
  if (template.startsWith('=')) return TRANSFORMS[template.slice(1)]?.(input) ?? [];
  let missing = false;
  const text = template.replace(/\{(\w[\w-]*)(?::(\w+))?\}/g, (_m, name: string, filter?: string) => {
    const span = input.groups[name];
    if (!span) {
      missing = true;
      return '';
    }
    const words = input.sentence.slice(span.start, span.end);
    return filter ? (FILTERS[filter]?.(words) ?? words) : words;
  });
  return missing ? [] : [text];
}

/** Keep the original's capitalisation at the start: "Calm down" -> "That sounds...", "calm down" -> "that sounds...". */
export function matchCase(suggestion: string, original: string): string {
  const first = original.charAt(0);
  if (!suggestion) return suggestion;
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  if (first !== first.toUpperCase() && !/^I\b/.test(suggestion)) return suggestion.charAt(0).toLowerCase() + suggestion.slice(1);
  return suggestion;
}
