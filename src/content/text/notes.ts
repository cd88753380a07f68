// User-facing notes shown in the page, from the extension's locale files.
import { browser } from 'wxt/browser';

const TOO_LONG = 'This message is too long to check in full';

/** Shown under a field whose text is longer than the engine checks. */
export function tooLongNote(): string {
  try {
    return browser.i18n.getMessage('contentTooLong') || TOO_LONG;
  } catch {
    return TOO_LONG;
  }
}
