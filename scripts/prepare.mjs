// Runs after `npm ci`/`npm install`: compile the rule packs, build the CLI, generate WXT's types.
import { execSync } from 'node:child_process';
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('node scripts/compile-rules.mjs');
run('node scripts/build-cli.mjs');
run('npx wxt prepare');
