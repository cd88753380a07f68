// Every word the user sees in the popup, options and background comes from
// public/_locales/<lang>/messages.json. `t` reads one message; `localizePage` fills the page.
import { browser } from 'wxt/browser';

/** The message for `key`, or the key itself so a missing entry is visible rather than blank. */
export function t(key: string, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** Message keys for a category: ids use "-", message names only allow "_". */
export function categoryKey(category: string, part: 'name' | 'desc' | 'example'): string {
  return `category_${category.replace(/-/g, '_')}_${part}`;
}

/**
 * Fills elements marked with data-i18n (text), data-i18n-label (aria-label),
 * data-i18n-placeholder and data-i18n-title under `root`.
 */
export function localizePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel ?? ''));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder ?? ''));
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle ?? '');
  if (root === document) {
    document.documentElement.lang = browser.i18n.getUILanguage?.() ?? 'en';
    const title = document.querySelector<HTMLElement>('title[data-i18n]');
    if (title) document.title = title.textContent ?? '';
  }
}
