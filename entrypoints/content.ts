import { startAttune } from '../src/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    // Wiring only: the in-page experience lives in src/content. Registers listeners; nothing runs until a field is focused.
    startAttune(ctx.signal);
  },
});
