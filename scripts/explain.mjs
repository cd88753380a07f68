import { runTs } from './run-ts.mjs';
await runTs('scripts/explain.ts');
