// Builds the shipped flavour of the extension (no test hook) and its store zip into bench/.output,
// so the bench never clobbers the developer's .output/ or the e2e builds.
// Usage: node bench/build-extension.mjs [--zip]
// Run as a separate process: WXT brings its own Vite.
import { build, zip } from 'wxt';

const outDir = 'bench/.output';
delete process.env.ATTUNE_TEST;
await build({ browser: 'chrome', outDir, logger: undefined });
if (process.argv.includes('--zip')) await zip({ browser: 'chrome', outDir, logger: undefined });
