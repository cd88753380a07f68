// Builds one flavour of the extension into a directory of its own, so tests, the demo and the bench
// never clobber the developer's .output/.
// Usage: node scripts/build-extension.mjs <chrome|firefox> <outDir> [--test] [--zip]
//   --test  the test flavour (ATTUNE_TEST=1: publishes overlay state for end-to-end tests)
//   --zip   also make the store zip
// Run as a separate process: WXT loads its own Vite, which must not share a test runner's module graph.
import { build, zip } from 'wxt';

const [browser, outDir, ...flags] = process.argv.slice(2);
if (!['chrome', 'firefox'].includes(browser) || !outDir) {
  console.error('usage: build-extension.mjs <chrome|firefox> <outDir> [--test] [--zip]');
  process.exit(2);
}
if (flags.includes('--test')) process.env.ATTUNE_TEST = '1';
else delete process.env.ATTUNE_TEST;
// WXT writes to <outDir>/<browser>-mv<N>; the template makes the path exactly <outDir>/<browser>.
await build({ browser, outDir, outDirTemplate: browser, logger: undefined });
if (flags.includes('--zip')) await zip({ browser, outDir, outDirTemplate: browser, logger: undefined });
