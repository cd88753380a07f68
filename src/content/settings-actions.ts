// Requests from the card to the background, which owns the settings.
import { browser } from 'wxt/browser';
import type { Category } from './engine-client';

export function sendMessage(message: object): void {
  // Fire and forget: the card never waits on the background, and a missing receiver must not break the page.
  void Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .catch(() => undefined);
}

export function ignorePhrase(phrase: string): void {
  sendMessage({ type: 'attune:ignore-phrase', phrase });
}

export function disableCategory(category: Category): void {
  sendMessage({ type: 'attune:disable-category', category });
}

export function openOptions(): void {
  sendMessage({ type: 'attune:open-options' });
}
