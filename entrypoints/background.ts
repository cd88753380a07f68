export default defineBackground(() => {
  // Wiring only: settings and policy live in src/settings.
});
