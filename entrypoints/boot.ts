// The content script on every page (listed in wxt.config.ts's manifest): only a focusin listener until an
// editable field is focused (src/content/boot.ts). An unlisted script rather than a WXT content script: WXT's
// content-script wrapper alone cost several ms per page (a context object that posts a message to the page and
// listens for page events), and the page could stop Attune by dispatching that event.
import { browser } from 'wxt/browser';
import { type Main, boot } from '../src/content/boot';
import { MAIN_GLOBAL } from '../src/content/main-global';

// Chrome: the rest of the content script is its own file (entrypoints/content-main.ts), imported by its extension
// URL on first use. Firefox: Mozilla's linter refuses import() of a computed URL, so the Firefox build bundles it
// here, still evaluated only on first use.
const loadMain = async (): Promise<Main> => {
  if (import.meta.env.BROWSER === 'firefox') return import('../src/content');
  await import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js'));
  const main = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as Main | undefined;
  if (!main) throw new Error('content-main.js loaded but did not register itself');
  return main;
};

export default defineUnlistedScript(() => {
  // Never aborted: a reloaded extension's old script finds its messages refused and stays quiet.
  boot(() => new AbortController().signal, loadMain);
});
