// Builds the tables of the quality report (figures only: never a line of the data sets' text).
import type { AnnomiFigures, EpitomeSignal } from './evaluate';
import { EPITOME_SIGNALS } from './evaluate';
import {
  anyPrecision,
  anyRecall,
  flaggedPercent,
  per100,
  precision,
  ratio,
  recall,
  round,
  trapFpRate,
  type CorpusScore,
  type Counts,
  type Rate,
} from './metrics';
import { toMarkdown, toText, type Table } from './table';

export interface Figures {
  dev?: { engine: CorpusScore; alex?: CorpusScore };
  /** tests/fixtures/heldout.jsonl, scored like the dev corpus; not a done-criteria target, a generalisation check. */
  heldout?: CorpusScore;
  /** alex on the held-out set (any flag), as on the dev corpus. */
  heldoutAlex?: CorpusScore;
  annomi?: { n: number; engine: AnnomiFigures; alexRates?: { low: Rate; high: Rate } };
  epitome?: { n: number; signals: Record<EpitomeSignal, { atLeast1: Counts; strong: Counts }> };
  /** Why a set or the baseline was left out. */
  skipped: string[];
  alexVersion?: string;
}

export interface Target {
  name: string;
  figure: number | null;
  goal: string;
  pass: boolean | null;
  detail?: string;
}

// Figures are compared after the same rounding they are shown with (as score-corpus compares).
const f3 = (x: number) => round(x, 3);
const f2 = (x: number) => round(x, 2);
const show = (x: number | null, digits = 3) => (x === null ? 'n/a' : x.toFixed(digits));
const pct = (x: number) => `${x.toFixed(1)}%`;

export function targets(fig: Figures): Target[] {
  const out: Target[] = [];
  const at = (name: string, figure: number | null | undefined, goal: string, ok: (x: number) => boolean, detail?: string) =>
    out.push({ name, figure: figure ?? null, goal, pass: figure === undefined || figure === null ? null : ok(figure), detail });
  const dev = fig.dev?.engine;
  at('dev micro precision', dev && f3(precision(dev.micro)), '>= 0.92', (x) => x >= 0.92);
  at('dev micro recall', dev && f3(recall(dev.micro)), '>= 0.85', (x) => x >= 0.85);
  if (dev) {
    const recalls = dev.categories.map((c) => ({ c, r: f2(recall(dev.perCategory[c]!)) }));
    const worst = recalls.reduce((a, b) => (b.r < a.r ? b : a), recalls[0] ?? { c: '', r: 0 });
    const below = recalls.filter((x) => x.r < 0.75).map((x) => x.c);
    at(
      'dev lowest category recall',
      worst.r,
      '>= 0.75 (each)',
      (x) => x >= 0.75,
      below.length ? `below: ${below.join(', ')}` : `lowest: ${worst.c}`,
    );
  } else at('dev lowest category recall', undefined, '>= 0.75 (each)', () => false);
  at('dev trap false-positive rate', dev && f3(trapFpRate(dev)), '<= 0.05', (x) => x <= 0.05);
  const annomi = fig.annomi?.engine;
  at('AnnoMI closed-question precision', annomi && f3(precision(annomi.closedQuestion)), '>= 0.80', (x) => x >= 0.8);
  // No AnnoMI closed-question recall target (issue #14): it rewarded flagging good questions.
  const r = annomi ? ratio(per100(annomi.rates.low), per100(annomi.rates.high)) : undefined;
  at('AnnoMI flags per 100, low / high sessions', r === undefined || r === null ? r : f2(r), '>= 2.5', (x) => x >= 2.5);
  const explores = fig.epitome?.signals.explores.strong;
  at('EPITOME explores precision (vs level 2)', explores && f3(precision(explores)), '>= 0.75', (x) => x >= 0.75);
  at('EPITOME explores recall (vs level 2)', explores && f3(recall(explores)), '>= 0.75', (x) => x >= 0.75);
  return out;
}

const mark = (t: Target) => (t.pass === null ? 'skipped' : t.pass ? 'pass' : 'FAIL');

export function tables(fig: Figures): Table[] {
  const out: Table[] = [];
  const ts = targets(fig);
  out.push({
    title: 'Done-criteria targets',
    head: ['target', 'figure', 'goal', 'result'],
    rows: ts.map((t) => [
      t.detail ? `${t.name} (${t.detail})` : t.name,
      show(t.figure, t.name.includes('low / high') || t.name.includes('category') ? 2 : 3),
      t.goal,
      mark(t),
    ]),
  });
  const anyRow = (who: string, s: CorpusScore) => [
    who,
    f3(anyPrecision(s.any)).toFixed(3),
    f3(anyRecall(s.any)).toFixed(3),
    `${f3(trapFpRate(s)).toFixed(3)} (${s.trapHits}/${s.traps})`,
  ];
  if (fig.dev) {
    const { engine, alex } = fig.dev;
    out.push({
      title: `Dev corpus: ${engine.n} messages, ${engine.traps} traps (per category, message level)`,
      head: ['category', 'labelled', 'flagged', 'correct', 'precision', 'recall'],
      rows: [...engine.categories.map((c) => countRow(c, engine.perCategory[c]!, 2)), countRow('micro', engine.micro, 3)],
    });
    out.push({
      title: 'Dev corpus, any flag (category ignored): Attune against the alex baseline',
      head: ['checker', 'any-flag precision', 'any-flag recall', 'trap FP rate'],
      rows: [anyRow('Attune', engine), ...(alex ? [anyRow(`alex ${fig.alexVersion ?? ''}`.trim(), alex)] : [])],
    });
  }
  if (fig.heldout) {
    const h = fig.heldout;
    out.push({
      title: `Held-out set, written blind to the rules: ${h.n} messages, ${h.traps} traps; trap FP rate ${f3(trapFpRate(h)).toFixed(3)} (${h.trapHits}/${h.traps})`,
      head: ['category', 'labelled', 'flagged', 'correct', 'precision', 'recall'],
      rows: [...h.categories.map((c) => countRow(c, h.perCategory[c]!, 2)), countRow('micro', h.micro, 3)],
    });
    out.push({
      title: 'Held-out set, any flag (category ignored): Attune against the alex baseline',
      head: ['checker', 'any-flag precision', 'any-flag recall', 'trap FP rate'],
      rows: [anyRow('Attune', h), ...(fig.heldoutAlex ? [anyRow(`alex ${fig.alexVersion ?? ''}`.trim(), fig.heldoutAlex)] : [])],
    });
  }
  if (fig.annomi) {
    const { engine, alexRates, n } = fig.annomi;
    out.push({
      title: `AnnoMI therapist utterances: ${n} (${engine.questions} coded as questions)`,
      head: ['Attune category vs expert label', 'labelled', 'flagged', 'correct', 'precision', 'recall'],
      rows: [
        countRow('closed-question vs question: closed (behaviour question)', engine.closedQuestion, 3),
        countRow('closed-question vs question: closed (any behaviour)', engine.closedQuestionAnyBehaviour, 3),
        countRow('unsolicited-advice vs input: advice', engine.advice, 3),
      ],
    });
    const rateRows = (who: string, rates: { low: Rate; high: Rate }) => [
      [
        `${who}: flags per 100 utterances`,
        per100(rates.low).toFixed(2),
        per100(rates.high).toFixed(2),
        show(ratio(per100(rates.low), per100(rates.high)), 2),
      ],
      [
        `${who}: utterances flagged`,
        pct(flaggedPercent(rates.low)),
        pct(flaggedPercent(rates.high)),
        show(ratio(flaggedPercent(rates.low), flaggedPercent(rates.high)), 2),
      ],
    ];
    out.push({
      title: `AnnoMI flag rates by session MI quality (low: ${engine.rates.low.utterances} utterances, high: ${engine.rates.high.utterances})`,
      head: ['checker', 'low-quality sessions', 'high-quality sessions', 'low / high'],
      rows: [...rateRows('Attune', engine.rates), ...(alexRates ? rateRows(`alex ${fig.alexVersion ?? ''}`.trim(), alexRates) : [])],
    });
  }
  if (fig.epitome) {
    const rows: string[][] = [];
    for (const { signal, label } of EPITOME_SIGNALS) {
      const s = fig.epitome.signals[signal];
      rows.push(countRow(`${signal} vs ${label} >= 1`, s.atLeast1, 3), countRow(`${signal} vs ${label} = 2`, s.strong, 3));
    }
    out.push({
      title: `EPITOME Reddit responses: ${fig.epitome.n} (engine signals against the expert levels)`,
      head: ['signal vs label', 'labelled', 'fired', 'correct', 'precision', 'recall'],
      rows,
    });
  }
  return out;
}

function countRow(name: string, c: Counts, digits: number): string[] {
  return [
    name,
    String(c.tp + c.fn),
    String(c.tp + c.fp),
    String(c.tp),
    round(precision(c), digits).toFixed(digits),
    round(recall(c), digits).toFixed(digits),
  ];
}

export function renderText(fig: Figures): string {
  const parts = tables(fig).map(toText);
  if (fig.skipped.length) parts.push(`Skipped:\n${fig.skipped.map((s) => `  - ${s}`).join('\n')}`);
  return parts.join('\n\n');
}

export function renderMarkdown(fig: Figures, meta: { date: string; rules: number }): string {
  const [targetsTable, ...rest] = tables(fig);
  const section = (t: Table) => `### ${t.title}\n\n${toMarkdown(t)}`;
  return `# Rule quality

Generated by \`npm run eval\` (src/eval/) on ${meta.date} with ${meta.rules} compiled rules; do not edit by hand.
Figures only: the data sets are read at run time from \`../shared\` and none of their text is copied here.

## ${targetsTable!.title}

${toMarkdown(targetsTable!)}

## Figures

${rest.map(section).join('\n\n')}
${fig.skipped.length ? `\n## Skipped\n\n${fig.skipped.map((s) => `- ${s}`).join('\n')}\n` : ''}
## How the figures are computed

- **Held-out set** (\`tests/fixtures/heldout.jsonl\`): 240 messages written on 2026-11-26 by someone who had not seen the rule packs, scored exactly like the dev corpus. It says how the rules generalise to wordings they were not written from; rules are not tuned to its sentences (tests/fixtures/README.md).
- **Dev corpus** (\`../shared/corpus/dev.jsonl\`): message level, exactly as \`../shared/tools/score-corpus.mjs\` scores \`attune check --jsonl\` at the default (standard) sensitivity. Per category: precision = flagged-and-labelled / flagged, recall = flagged-and-labelled / labelled. Micro figures sum the counts over the categories that occur in the labels. Trap false-positive rate = share of \`flags: []\` messages with any flag. Shown and compared rounded as that script rounds (3 places; 2 for a category).
- **AnnoMI** (\`../shared/data/annomi-*.jsonl\`): closed-question precision and recall over the utterances the MI experts coded with behaviour \`question\` (the target), a question counting as flagged when it gets any closed-question finding; a second row takes every utterance with an open/closed label, including reflections and information that end in a question. Unsolicited-advice recall is the share of \`input: advice\` utterances with an unsolicited-advice finding (its precision counts every utterance). Flags per 100 utterances = findings per 100 therapist utterances in low- and in high-quality sessions; the target is their ratio.
- **EPITOME** (\`../shared/data/epitome-*.jsonl\`): the engine's message-level \`signals.explores\`, \`signals.reacts\` and \`signals.interprets\` against explorations, emotional reactions and interpretations, counting a response as positive at level >= 1 (weak or strong) and, separately, at level 2 only (level 1 then counts as negative). The done-criteria target uses level 2.
- **alex baseline**: alex (plain-text mode, default options) run on the same texts; each message it reports is one flag. alex has no categories and looks for insensitive or profane words rather than unempathetic phrasing, so the fair comparison is the category-free one: on the dev corpus the any-flag precision and recall and the trap false-positive rate, which Attune gets from the same counts; on AnnoMI the same flag rates (flags per 100 utterances, share of utterances flagged) in low- and high-quality sessions. alex's results are cached in \`node_modules/.cache/attune/\` (text hashes and alex rule ids only) because alex takes ~25 ms a text and does not change with our rules.
`;
}
