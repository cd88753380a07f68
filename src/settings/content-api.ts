// What the content script needs from settings, under the names src/content/settings-client.ts
// already uses, so that file can become a one-line re-export of this one.
import { isActiveOnSite } from './activity';
import { analyzeOptionsFor } from './analyze-options';
import { effectiveSettings, type EffectiveSettings } from './policy';
import { defaultSettings } from './schema';
import { loadEffectiveSettings, watchSettings } from './storage';

export { SETTINGS_KEY } from './schema';
export { matchesShortcut } from './shortcut';

/** The settings in force on a page: the user's own, with the team policy applied. */
export type ContentSettings = EffectiveSettings;

export const DEFAULT_SETTINGS: ContentSettings = effectiveSettings(defaultSettings(), null);

/** Loads the effective settings (user + policy). Never throws: defaults on any storage failure. */
export async function loadSettings(): Promise<ContentSettings> {
  try {
    return await loadEffectiveSettings();
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `listener` with fresh effective settings after any change (user, other tab, policy). Returns an unsubscribe. */
export const onSettingsChanged = watchSettings;

/**
 * Whether Attune runs on the page at `url` (pass the full location.href; for about:blank or srcdoc
 * frames pass the top page's address when known). Checks on/off, pause, always-off and only-on lists.
 */
export function isActiveOn(settings: ContentSettings, url: string, now = Date.now()): boolean {
  return isActiveOnSite(settings, url, now);
}

/** Engine options: enabled categories, sensitivity, ignored phrases, and the team's plus the user's valid rules. */
export const toAnalyzeOptions = analyzeOptionsFor;
