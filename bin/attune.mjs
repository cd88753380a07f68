#!/usr/bin/env node
// The `attune` command. `npm ci` builds dist/attune-cli.mjs; build it here if that step was skipped.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'attune-cli.mjs');
if (!existsSync(cli)) {
  execFileSync(process.execPath, ['scripts/compile-rules.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
}
await import(pathToFileURL(cli).href);
