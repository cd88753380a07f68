// Turns a closed (yes/no) question into an open one by its structure, not by lookup:
//   "Did that make you sad"          -> "How did that make you feel"
//   "Are you okay"                   -> "How are you doing right now"
//   "Do you want to talk about it"   -> "What would feel helpful to talk about"
//   "Was it bad"                     -> "What was it like"
//   "Have you told your family"      -> "Who have you been able to talk to about this"
// The input is the flagged question without its final "?" (which stays in the text).

const YOU = '(?:you|u|ya)';
const FILLER = /^(?:(?:so|and|but|ok|okay|well|hey|um|hmm|just|like)[,\s]+)+/i;

interface Shape {
  re: RegExp;
  build: (m: RegExpMatchArray) => string[];
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const pastOrPresent = (aux: string) => (/^(did|was|were|had)$/i.test(aux) ? 'did' : 'does');

const SHAPES: Shape[] = [
  {
    // did that make you sad / does it make you angry / did he make u feel small
    re: new RegExp(`^(did|does|do|has|had|would|will)\\s+(.+?)\\s+(?:make|makes|made)\\s+${YOU}\\b.*$`, 'i'),
    build: (m) => [`How ${lower(m[1]) === 'do' ? 'does' : lower(m[1])} ${m[2]} make you feel`],
  },
  {
    // are you ok / r u alright / are you doing okay
    re: new RegExp(`^(?:are|r)\\s+${YOU}\\s+(?:doing\\s+)?(?:ok|okay|alright|all right|fine|good|well|doing\\s+alright)\\b.*$`, 'i'),
    build: () => ['How are you doing right now', 'How are you feeling'],
  },
  {
    // do you want to talk about it / do u wanna vent / would you like to talk
    re: new RegExp(`^(?:do|would|did)\\s+${YOU}\\s+(?:want\\s+to|wanna|like\\s+to|need\\s+to)\\s+(.+?)$`, 'i'),
    build: (m) => {
      const action = (m[1] ?? '').replace(/\s+(?:it|that|this|them|him|her)$/i, '');
      return [`What would feel helpful to ${action}`, 'What would feel helpful right now'];
    },
  },
  {
    // was it bad / is that scary / was this hard
    re: /^(was|is|were)\s+(it|that|this|everything)\s+\S+(?:\s+\S+)?$/i,
    build: (m) => [`What ${lower(m[1])} ${lower(m[2])} like`, `What ${lower(m[1]) === 'is' ? 'is' : 'was'} that like for you`],
  },
  {
    // have you told your family / did you talk to anyone / have u asked for help
    re: new RegExp(`^(?:have|did|has)\\s+${YOU}\\s+(?:told|tell|talked|talk|spoken|speak|reached\\s+out|asked|opened\\s+up)\\b.*$`, 'i'),
    build: () => ['Who have you been able to talk to about this', 'Who feels safe to talk to about this'],
  },
  {
    // do you feel lonely / did you feel scared / are you feeling sad / were you scared
    re: new RegExp(`^(do|did|are|were)\\s+${YOU}\\s+(?:feel|feeling|felt)?\\s*\\S+.*$`, 'i'),
    build: (m) => (/^(did|were)$/i.test(m[1] ?? '') ? ['How did that feel for you', 'What was that like for you'] : ['How are you feeling', 'What is that like for you']),
  },
  {
    // is he treating you well / does she support you / did it help
    re: /^(is|was|does|did|has)\s+(he|she|they|it|that|this|your\s+\w+)\s+(.+)$/i,
    build: (m) => [`How ${pastOrPresent(m[1] ?? '')} that feel for you`, `What's that been like for you`],
  },
];

const FALLBACK = ["What's that been like for you", 'How are you feeling about it'];

export function openQuestion(question: string): string[] {
  const core = question.replace(FILLER, '').trim();
  for (const shape of SHAPES) {
    const m = core.match(shape.re);
    if (m) return shape.build(m).map((s) => s.replace(/\s+/g, ' ').trim());
  }
  return FALLBACK;
}
