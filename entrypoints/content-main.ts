// Most of the content script, as its own file: imported by entrypoints/content.ts on the first focus of an
// editable field, so pages where nobody types never evaluate it. Chrome only (Firefox bundles it).
import { startAttune } from '../src/content';
import { MAIN_GLOBAL } from '../src/content/main-global';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    // Runs in the content script's isolated world: the page cannot see this global.
    (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = { startAttune };
  },
});
