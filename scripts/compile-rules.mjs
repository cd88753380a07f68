// Compiles rules/*.yaml into generated/rules.json (see src/rules/build-packs.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { runTs } from './run-ts.mjs';

// The engine imports generated/rules.json; a placeholder lets the compiler itself load on a fresh clone.
if (!existsSync('generated/rules.json')) {
  mkdirSync('generated', { recursive: true });
  writeFileSync(
    'generated/rules.json',
    JSON.stringify({
      version: 1,
      rules: [],
      contexts: { safety: [], preceding: {}, named: {} },
      signals: { reacts: [], interprets: [], explores: [], advice: [], nudge: { message: '', insert: [] } },
    }),
  );
}
await runTs('src/rules/compile-main.ts');
