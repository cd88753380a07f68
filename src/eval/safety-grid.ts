// The safety grid: direct safety and risk questions, generated from templates x topics x spellings x
// framings. Crisis training says to ask these plainly; Attune must never nudge one (issue #14). Shared by the
// test suite (tests/unit/safety-grid.test.ts) and the rule tiers (a rule that fires on it is not on by default).

// Each template takes topic phrases that fit its grammar. Written for this test, not taken from any corpus.
const GRID: Record<string, string[]> = {
  'Are you {}?': [
    'thinking about suicide',
    'having thoughts of ending your life',
    'planning to kill yourself tonight',
    'safe where you are',
    'alone in the flat',
    'still bleeding',
    'hurt badly',
    'in danger at home',
    'somewhere safe for the night',
    'scared he will come back',
    'thinking of taking all your pills',
    'going to hurt yourself',
    'okay to stay safe until the morning',
    'near the bridge right now',
    'feeling like you want to die',
  ],
  'Have you {}?': [
    'taken anything tonight',
    'swallowed any tablets',
    'hurt yourself again',
    'cut yourself today',
    'called an ambulance yet',
    'made a plan to end things',
    'thought about how you would do it',
    'got a knife with you',
    'been hit again',
    'tried to kill yourself before',
    'told anyone you feel suicidal',
    'been to the hospital',
  ],
  'Is {}?': [
    'he still in the house',
    'anyone with you at the moment',
    'there a gun in your home',
    'the baby safe with you',
    'there someone who could stay with you',
    'your partner still outside the door',
    'the rope still in your room',
    'somebody at home who can help',
    'your dad being violent again',
  ],
  'Do you {}?': [
    'have a plan for how you would die',
    'have the pills on you',
    'want to be dead',
    'need an ambulance',
    'feel safe going home',
    'have a safe place to sleep tonight',
    'know where the kids are',
    'want me to call 999 for you',
    'have access to a weapon',
    'think you might act on these thoughts of suicide',
    'need me to ring 112',
  ],
  'Did {}?': [
    'he hit you',
    'she threaten to kill you',
    'they hurt the children',
    'you take something',
    'anyone see you cut yourself',
    'he choke you',
  ],
  'Has {}?': ['he ever threatened you', 'anyone hurt you at home', 'the bleeding stopped', 'someone been following you'],
  'Can you {}?': [
    'get to a safe place',
    'stay safe until morning',
    'call 911 now',
    'put the knife in another room',
    'keep the kids away from him tonight',
    'get someone to be with you',
  ],
  'Would you {}?': ['let me call an ambulance', 'go to the emergency room', 'tell me if you are planning to die'],
  'Will you {}?': ['be safe tonight', 'be alone when he leaves'],
};

// Chat spellings: each word replaced where it stands alone.
const CHAT: [RegExp, string][] = [
  [/\byou\b/gi, 'u'],
  [/\byour\b/gi, 'ur'],
  [/\bare\b/gi, 'r'],
];
const spellings: ((q: string) => string)[] = [
  (q) => q,
  (q) => CHAT.reduce((s, [re, to]) => s.replace(re, to), q.toLowerCase()),
  (q) => q.replace(/\?$/, ' rn?'),
  (q) => q.replace(/\?$/, ''),
];
const framings: ((q: string) => string)[] = [
  (q) => q,
  (q) => `I need to ask you directly: ${q[0]!.toLowerCase()}${q.slice(1)}`,
  (q) => `Thank you for trusting me with this, I can hear how much pain you're in. ${q} I'm staying right here with you.`,
];

export function safetyGrid(): string[] {
  const out: string[] = [];
  for (const [template, topics] of Object.entries(GRID))
    for (const topic of topics) {
      const q = template.replace('{}', topic);
      for (const spell of spellings) for (const frame of framings) out.push(frame(spell(q)));
    }
  return [...new Set(out)];
}
