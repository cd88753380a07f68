// The analysis engine as its own file, loaded by the content script only when a field is first focused
// (src/content/engine-client.ts), so pages where nobody types never pay for compromise and the rules.
import { createIncrementalAnalyzer } from '../src/engine';
import { ENGINE_GLOBAL } from '../src/content/engine-global';

export default defineUnlistedScript({
  // The Firefox build bundles the engine into the content script (see src/content/engine-client.ts).
  exclude: ['firefox'],
  main() {
    // Runs in the content script's isolated world: the page cannot see this global.
    (globalThis as Record<string, unknown>)[ENGINE_GLOBAL] = { createIncrementalAnalyzer };
  },
});
