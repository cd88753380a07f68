// Launches Debian Chromium or Firefox ESR with the test build of the extension loaded.
import puppeteer, { type Browser } from 'puppeteer-core';
import { launchChromium } from '../../../scripts/chromium.mjs';

export type BrowserKind = 'chromium' | 'firefox';

const FIREFOX = process.env.ATTUNE_FIREFOX ?? '/usr/bin/firefox-esr';

/** `extDir` is the unpacked extension: the chrome-mv3 build for Chromium, the firefox-mv2 build for Firefox. */
export async function launchWithExtension(kind: BrowserKind, extDir: string): Promise<Browser> {
  if (kind === 'chromium') return launchChromium({ extDir });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1000, height: 800 },
    extraPrefsFirefox: {
      // Keep the profile quiet and offline: no updates, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.update.enabled': false,
    },
  });
  await browser.installExtension(extDir);
  return browser;
}
