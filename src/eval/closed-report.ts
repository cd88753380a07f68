// Closed-question misses and false positives on AnnoMI, counted by question shape (src/eval/closed-shapes.ts).
// A working aid for rule writers; prints to the terminal only (the data's text never goes into the repo):
//   node -e "import('./scripts/run-ts.mjs').then((m) => m.runTs('src/eval/closed-report.ts'))" -- [--list SHAPE]
// --list SHAPE also prints that shape's missed closed questions and false positives, one sentence each.
import { createIncrementalAnalyzer } from '../engine';
import { closedShapeTable, type ClosedRow } from './closed-table';
import { loadSets } from './datasets';
import { questionSentence, shapeOf } from './closed-shapes';
import { toText } from './table';

const at = process.argv.indexOf('--list');
const list = at >= 0 ? process.argv[at + 1] : undefined;
const annomi = loadSets(process.cwd()).annomi;
if (!annomi.ok) {
  console.error(`closed-report: AnnoMI ${annomi.reason} (${annomi.path})`);
  process.exitCode = 1;
} else {
  const engine = createIncrementalAnalyzer();
  const rows: ClosedRow[] = annomi.rows
    .filter((r) => r.behaviour === 'question' && r.question)
    .map((r) => ({
      text: r.text,
      closed: r.question === 'closed',
      flagged: engine.update(r.text).findings.some((f) => f.category === 'closed-question'),
    }));
  console.log(toText(closedShapeTable(rows)));
  if (list) {
    for (const r of rows) {
      if (shapeOf(r.text) !== list || r.closed === r.flagged || (!r.closed && !r.flagged)) continue;
      console.log(`${r.closed ? 'missed' : 'false positive'}\t${questionSentence(r.text).sentence}`);
    }
  }
}
