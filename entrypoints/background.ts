import { registerBackground } from '../src/settings/background';

export default defineBackground(() => {
  // Wiring only: message handling, counts and settings changes live in src/settings.
  registerBackground();
});
