// Builds the test flavour of the extension (ATTUNE_TEST=1 exposes the overlay state to tests)
// into a directory of our own, so it never clobbers the developer's .output/.
// Usage: node tests/e2e/harness/build-extension.mjs <chrome|firefox> <outDir>
// Run as a separate process: WXT loads its own Vite, which must not share vitest's module graph.
import { build } from 'wxt';

const [browser, outDir] = process.argv.slice(2);
if (!browser || !outDir) {
  console.error('usage: build-extension.mjs <chrome|firefox> <outDir>');
  process.exit(2);
}
process.env.ATTUNE_TEST = '1';
// WXT writes to <outDir>/<browser>-mv<N>; the template makes the path exactly <outDir>/<browser>.
await build({ browser, outDir, outDirTemplate: browser, logger: undefined });
