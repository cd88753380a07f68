// Launches Debian Chromium (or ATTUNE_CHROMIUM) the one way the e2e harness, the bench and the demo all want it:
// over a pipe, with a quiet profile (no sandbox, background networking, component updates, sync or first-run
// UI) and, when given, an unpacked extension loaded. Types: chromium.d.mts, for the TypeScript harness.
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.ATTUNE_CHROMIUM ?? '/usr/bin/chromium';

export function launchChromium({ extDir, headless = true, window = { width: 1000, height: 800 }, viewport = window } = {}) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    ...(extDir ? { enableExtensions: [extDir] } : {}),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--window-size=${window.width},${window.height}`,
    ],
    defaultViewport: viewport,
  });
}
