// Turns a closed (yes/no) question into an open one by its structure, not by lookup:
//   "Did that make you sad"          -> "How did that make you feel"
//   "Are you okay"                   -> "How are you doing right now"
//   "Do you want to talk about it"   -> "What would feel helpful to talk about"
//   "Was it bad"                     -> "What was it like"
//   "Have you told your family"      -> "Who have you been able to talk to about this"
// The input is the flagged question without its final "?" (which stays in the text).

const YOU = '(?:you|u|ya)';
const FILLER = /^(?:(?:so|and|but|ok|okay|well|hey|um|hmm|just|like|oh|ah|wow|huh)[,\s]+)+/i;

interface Shape {
  re: RegExp;
  build: (m: RegExpMatchArray) => string[];
}

const lower = (s: string | undefined) => (s ?? '').toLowerCase();
const pastOrPresent = (aux: string) => (/^(did|was|were|had)$/i.test(aux) ? 'did' : 'does');

// Emotion words: "do/are you (feeling) X" only asks about a feeling when X is one of these.
const FEELING =
  '(?:sad|angry|mad|upset|scared|afraid|lonely|alone|anxious|depressed|stressed|overwhelmed|nervous|worried|hurt|hurting|frustrated|ashamed|embarrassed|guilty|jealous|exhausted|tired|hopeless|numb|lost|confused|disappointed|relieved|happy|excited|stuck|trapped|better|worse|heard|supported|safe|ok|okay|good|bad)';

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
      // "talk" alone needs its "about" ("What would feel helpful to talk about").
      const action = (m[1] ?? '').replace(/\s+(?:it|that|this|them|him|her)$/i, '').replace(/^(talk|chat|vent)$/i, '$1 about');
      return [`What would feel helpful to ${action}`, 'What would feel helpful right now'];
    },
  },
  {
    // is it because he hasn't texted back / was it about the money / is that why you're upset
    re: /^(?:is|was)\s+(?:it|that|this)\s+(?:because|cause|cuz|why|about|due to|related to)\b.*$/i,
    build: () => ['What do you think is behind it', 'What do you make of it'],
  },
  {
    // is it getting better / are things any easier / has it gotten worse
    re: /^(?:is|are|has|have)\s+(?:it|that|this|things|everything)\s+(?:been\s+)?(?:getting|gotten|got)\s+(?:any\s+)?(?:better|worse|easier|harder)\b.*$/i,
    build: () => ['How has it been going lately', 'What has changed lately'],
  },
  {
    // did the meds help / is therapy working / has talking to her helped (a short subject, not "you")
    re: /^(?:is|was|has|did|does|do|are)\s+(?!you\b|u\b)((?:\S+\s+){0,3}?\S+)\s+(?:been\s+)?(?:helping|help|helped|working|work|worked)\b.*$/i,
    build: (m) => [`How is it going with ${lower(m[1]).replace(/^ur\s+/, 'your ')}`, 'What has been helping, even a little'],
  },
  {
    // was it bad / is that scary / was this hard
    re: /^(was|is|were)\s+(it|that|this|everything)\s+\S+(?:\s+\S+)?$/i,
    build: (m) => [`What ${lower(m[1])} ${lower(m[2])} like`, `What ${lower(m[1]) === 'is' ? 'is' : 'was'} that like for you`],
  },
  {
    // was the funeral hard / is the new job stressful: what was it like for you
    re: /^(was|is|were)\s+((?:the|your|ur|his|her|their|that|this)\s+\S+(?:\s+\S+)?)\s+(?:so\s+|really\s+|very\s+|pretty\s+|super\s+)?(?:bad|hard|awful|scary|terrible|rough|tough|difficult|painful|upsetting|stressful|sad|lonely|weird|intense|exhausting|good|okay|ok)$/i,
    build: (m) => [
      `What ${lower(m[1]) === 'is' ? 'is' : 'was'} ${lower(m[2]).replace(/^ur\s/, 'your ')} like for you`,
      `What ${lower(m[1]) === 'is' ? 'is' : 'was'} that like for you`,
    ],
  },
  {
    // have you told your family / did you talk to anyone / have u asked for help
    re: new RegExp(
      `^(?:have|did|has)\\s+${YOU}\\s+(?:ever\\s+|already\\s+|(?:end|ended|get|got|gotten|manage|managed)\\s+(?:up\\s+|to\\s+))?(?:told|tell|telling|talking|talked|talk|spoken|speak|reached\\s+out|asked|opened\\s+up)\\b.*$`,
      'i',
    ),
    build: () => ['Who have you been able to talk to about this', 'Who feels safe to talk to about this'],
  },
  {
    // do you have friends you can talk to / is there someone you trust
    re: new RegExp(
      `^(?:(?:do|did)\\s+${YOU}\\s+(?:have|got)|(?:is|are)\\s+there)\\s+(?:any\\s+)?(?:friends|family|anyone|anybody|someone|somebody|people|support)\\b.*$`,
      'i',
    ),
    build: () => ['Who do you have to talk to', 'Who is in your corner right now'],
  },
  {
    // have you ever tried to quit / did you try talking to her / have you thought about leaving
    re: new RegExp(
      `^(?:have|did|had)\\s+${YOU}\\s+(?:ever\\s+|already\\s+)?(?:tried|try|attempted|thought\\s+about|considered)\\b.*$`,
      'i',
    ),
    build: () => ['What have you tried so far', 'What have you been thinking about trying'],
  },
  {
    // would you say you're depressed / would you say it's worse: their own words for it
    re: new RegExp(`^would\\s+${YOU}\\s+say\\b.*$`, 'i'),
    build: () => ['How would you describe it', 'How do you see it'],
  },
  {
    // are you going to tell her / r u gonna leave / will you go back / are you planning to move
    re: new RegExp(
      `^(?:(?:are|r)\\s+${YOU}\\s+(?:going\\s+to|gonna|planning\\s+(?:to|on)|thinking\\s+(?:of|about))|(?:will|would)\\s+${YOU})\\s+\\S.*$`,
      'i',
    ),
    build: () => ['What are you thinking about doing', 'What feels like the right next step for you'],
  },
  {
    // do you think he meant it / did you think it would go that way
    re: new RegExp(`^(do|did)\\s+${YOU}\\s+(?:really\\s+)?(?:think|believe|reckon|suppose)\\s+(.+)$`, 'i'),
    build: (m) => [lower(m[1]) === 'did' ? 'What did you think would happen' : 'What do you make of it', 'What are your thoughts on it'],
  },
  {
    // do you understand why / do u know why he left
    re: new RegExp(`^(?:do|did|does)\\s+${YOU}\\s+(?:understand|get|know|realize|realise|see)\\s+(why|what|how|where)\\b\\s*(.*)$`, 'i'),
    build: (m) => [`What's your sense of ${lower(m[1])} ${m[2]}`.trim(), 'How do you see it'],
  },
  {
    // do you feel lonely / did you feel scared / are you feeling sad / were you scared: only with a feeling
    re: new RegExp(
      `^(do|did|are|were)\\s+${YOU}\\s+(?:still\\s+|ever\\s+|also\\s+)?(?:feel|feeling|felt|getting)?\\s*(?:like\\s+)?(?:so\\s+|really\\s+|very\\s+|kind of\\s+|kinda\\s+|a bit\\s+|a little\\s+|any\\s+)?${FEELING}\\b.*$`,
      'i',
    ),
    build: (m) =>
      /^(did|were)$/i.test(m[1] ?? '')
        ? ['How did that feel for you', 'What was that like for you']
        : ['How are you feeling', 'What is that like for you'],
  },
  {
    // do you feel like a burden / did you feel like nobody cared
    re: new RegExp(`^(do|did)\\s+${YOU}\\s+(?:still\\s+|ever\\s+)?(?:feel|felt)\\b.*$`, 'i'),
    build: (m) =>
      lower(m[1]) === 'did'
        ? ['How did that feel for you', 'What was that like for you']
        : ['How are you feeling about it', 'What is that like for you'],
  },
  {
    // do you agree that it's time / did you accept it: their view, not their consent
    re: new RegExp(`^(?:do|did)\\s+${YOU}\\s+(?:really\\s+)?(?:agree|disagree|accept|buy)\\b.*$`, 'i'),
    build: () => ['How do you see it', 'What are your thoughts on that'],
  },
  {
    // do you like your new school / do u enjoy the work: what it is like for them
    re: new RegExp(
      `^(?:do|does)\\s+${YOU}\\s+(?:still\\s+)?(?:like|love|enjoy|hate|mind)\\s+((?:your|ur|the|that|this|it)\\b(?:\\s+\\S+){0,3})$`,
      'i',
    ),
    build: (m) => [`What's ${lower(m[1]).replace(/^ur\b/, 'your')} like for you`, 'How is that going for you'],
  },
  {
    // do you drink every day / do u still smoke: how often, what it looks like
    re: new RegExp(
      `^(?:do|does)\\s+${YOU}\\s+(?:still\\s+|usually\\s+|ever\\s+|often\\s+)?(drink|smoke|use|vape|drive|exercise|eat|sleep|cry|work|go out|see (?:him|her|them)|talk to (?:him|her|them))\\b.*$`,
      'i',
    ),
    build: (m) => [`How often do you ${lower(m[1])}`, `What does a typical day look like for you`],
  },
  {
    // so you're not sleeping / you aren't eating much
    re: new RegExp(`^(?:${YOU}(?:'re|\\s+are)?|youre)\\s+(?:still\\s+)?(?:not|n't)?\\s*(sleeping|eating)\\b.*$`, 'i'),
    build: (m) => [
      `How have you been ${lower(m[1])}`,
      lower(m[1]) === 'sleeping' ? 'What have your nights been like' : 'What have your days been like',
    ],
  },
  {
    // do you ever get time to yourself / do you usually go out on weekends
    re: new RegExp(`^(?:do|does)\\s+${YOU}\\s+(?:ever|usually|often|sometimes)\\s+(.+)$`, 'i'),
    build: (m) => [`How often do you ${m[1]}`, "What's that been like for you"],
  },
  {
    // did you sleep at all last night / have you been eating okay
    re: new RegExp(`^(did|have|had)\\s+${YOU}\\s+(?:been\\s+)?(sleep|sleeping|slept|eat|eating|ate|eaten)\\b.*$`, 'i'),
    build: (m) =>
      /^(sleep|sleeping|slept)$/i.test(m[2] ?? '')
        ? ['How have you been sleeping', 'What have your nights been like']
        : ['How have you been eating', 'What have your days been like'],
  },
  {
    // are you still seeing him / are you working right now: what's that been like
    re: new RegExp(`^(?:are|r)\\s+${YOU}\\s+(?:still\\s+)?(\\w+ing)\\b.*$`, 'i'),
    build: () => ['How is that going for you', "What's that been like for you"],
  },
  {
    // did your doctor say anything / has she mentioned anything: what did they say
    re: /^(?:did|has|had)\s+(he|she|they|your\s+\w+|ur\s+\w+|the\s+\w+)\s+(?:say|said|mention|mentioned|tell you|told you)\s+anything\b.*$/i,
    build: (m) => [`What did ${lower(m[1]).replace(/^ur\s+/, 'your ')} say`, 'How did that conversation go'],
  },
  {
    // does that happen a lot / did it happen again
    re: /^(?:does|did|has)\s+(?:that|this|it)\s+(?:happen|happened)\b.*$/i,
    build: () => ['How often does that happen', "What's it like when it happens"],
  },
  {
    // is that something you'd consider / is this something you want
    re: new RegExp(`^(?:is|was)\\s+(?:that|this|it)\\s+something\\s+${YOU}\\b.*$`, 'i'),
    build: () => ['How does that sound to you', 'What would make that feel possible'],
  },
  {
    // did something happen / has anything changed: ask what
    re: /^(?:did|has|have)\s+(?:something|anything)\s+(?:\w+\s+)?(?:happen|happened|change|changed)\b.*$/i,
    build: () => ['What happened', "What's been going on"],
  },
  {
    // does he know / did your mom know about it: what they know
    re: /^(does|did)\s+(he|she|they|your\s+\w+|ur\s+\w+)\s+know\b.*$/i,
    build: (m) => [`What ${lower(m[1])} ${lower(m[2]).replace(/^ur\s+/, 'your ')} know about it`, 'Who knows what you are going through'],
  },
  {
    // did they come back / did she notice: what happened
    re: /^(did|has|had)\s+(he|she|they|your\s+\w+|ur\s+\w+|the\s+\w+|anyone|anybody)\s+(.+)$/i,
    build: () => ['What happened after that', "What's happened since"],
  },
  {
    // is it worse at night / are things better on weekends: what moves it
    re: /^(?:is|are|was|were)\s+(?:it|that|this|things)\s+(?:any\s+)?(?:worse|better|harder|easier)\b.*$/i,
    build: () => ['What makes it better or worse', 'When is it hardest'],
  },
  {
    // has it been harder to sleep / have things been tense at home: how it has been
    re: /^(?:has|have)\s+(?:it|that|this|things|everything)\s+been\b.*$/i,
    build: () => ['How has it been', "What's it been like for you"],
  },
  {
    // would your mom be upset / would they give you time off: how they think that person would respond
    re: /^would\s+(he|she|they|people|your\s+\w+|ur\s+\w+)\s+\S.*$/i,
    build: (m) => [`How do you think ${lower(m[1]).replace(/^ur\s+/, 'your ')} would respond`, "What's your sense of how it would go"],
  },
  {
    // is he treating you well / does she support you
    re: /^(is|was|does|did|has)\s+(he|she|they|it|that|this|your\s+\w+)\s+(.+)$/i,
    build: (m) => [`How ${pastOrPresent(m[1] ?? '')} that feel for you`, `What's that been like for you`],
  },
  {
    // did you go to the party / did u end up going: how it went
    re: new RegExp(`^did\\s+${YOU}\\s+\\S.*$`, 'i'),
    build: () => ['How did that go', 'What happened'],
  },
  {
    // statements with a "?": so you're not sleeping / it's been worse at night / you haven't told anyone
    re: new RegExp(`^(?:${YOU}|you're|youre|you've|it's|it|that's|that|this|things|your\\s+\\w+)\\s+(?!know\\b).+$`, 'i'),
    build: () => ['Can you tell me more about that', "What's that been like for you"],
  },
  {
    // about someone else or the situation: and he's a truck driver / so there's been more arguing
    re: /^(?:he|she|they|there|something|someone|somebody|people)(?:['’](?:s|re|ve))?\s+\S.*$/i,
    build: () => ['Can you tell me more about that', 'How has that been for you'],
  },
];

// An echo ("did you", "you have", "are they"): ask what it was or is like.
const ECHO =
  /^(?:(did|do|does|are|were|have|has|had|is|was)\s+(?:you|u|they|he|she|it)|(?:you|u|they|he|she)\s+(do|did|have|had|are|were))$/i;

function echo(core: string): string[] | null {
  const m = core.match(ECHO);
  if (!m) return null;
  const aux = lower(m[1] ?? m[2]);
  if (/^(did|were|was|had)$/.test(aux)) return ['What was that like', 'How did that go'];
  if (/^(have|has)$/.test(aux)) return ['What has that been like', 'How has that been going'];
  return ["What's that like for you", 'How is that going'];
}

// A check-in without its subject ("feeling any better", "everything ok").
const CHECK_IN = [
  { re: /^(?:(?:still|you|u|ya)\s+)*(?:feeling|doing)\b.*$/i, build: ['How are you feeling now', 'How are things today'] },
  {
    re: /^(?:any|everything|things|all)\s+(?:any\s+)?(?:better|ok|okay|alright|all right|good|fine|easier)\b.*$/i,
    build: ['How are things today', 'How are you feeling now'],
  },
];

const FALLBACK = ["What's that been like for you", 'How are you feeling about it'];

// A trailing tag ("..., right", "..., don't you") only asks for agreement: the question is what precedes it.
// A positive tag ("..., do you") needs its comma: "so you do" is no tag.
const TAG =
  /(?:,?\s+(?:right|yeah|yep|correct|is that right|is that correct|is that true|am i right|(?:do|did|are|were|have|had|is|was|does|has)(?:n't|\s+not)\s+(?:you|u|it|he|she|they|that))|,\s*(?:do|did|are|were|have|had|is|was|does|has|will|would|can|could)\s+(?:you|u|it|he|she|they|there))\s*$/i;

export function openQuestion(question: string): string[] {
  const core = question.replace(FILLER, '').replace(TAG, '').trim();
  const echoed = echo(core);
  if (echoed) return echoed;
  const checkIn = CHECK_IN.find((c) => c.re.test(core));
  if (checkIn) return checkIn.build;
  for (const shape of SHAPES) {
    const m = core.match(shape.re);
    if (m) return shape.build(m).map((s) => s.replace(/\s+/g, ' ').trim());
  }
  return FALLBACK;
}
