// Prints every suggestion applied in place, for reading whether rewrites fit their sentence:
//   node -e "import('./scripts/run-ts.mjs').then((m) => m.runTs('src/eval/suggestion-report.ts'))" -- [--rule PREFIX]
// Texts: the dev corpus (../shared/corpus/dev.jsonl). Each line: [rule] the message with the flagged words
// replaced by one suggestion, the replacement between ⟦ ⟧. A rewrite that leaves half a clause dangling
// ("It was a mute, it's ⟦this sounds really hard⟧.") needs the rule's range stretched to the clause.
import { analyze } from '../engine';
import { loadSets } from './datasets';

const at = process.argv.indexOf('--rule');
const prefix = at >= 0 ? (process.argv[at + 1] ?? '') : '';
const dev = loadSets(process.cwd()).dev;
if (!dev.ok) {
  console.error(`suggestion-report: dev corpus ${dev.reason} (${dev.path})`);
  process.exitCode = 1;
} else {
  for (const { text } of dev.rows) {
    for (const f of analyze(text).findings) {
      if (!f.rule.startsWith(prefix)) continue;
      for (const s of f.suggestions) {
        const applied = `${text.slice(0, f.start)}⟦${s}⟧${text.slice(f.end)}`.replace(/\s+/g, ' ');
        console.log(`[${f.rule}] ${applied}`);
      }
    }
  }
}
