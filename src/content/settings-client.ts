// Reads Attune's settings for the page. Small on purpose: the settings work may replace its internals.
import { browser } from 'wxt/browser';
import { type AnalyzeOptions, CATEGORIES, type Category } from './engine-client';

export const SETTINGS_KEY = 'attune:settings';

export interface ContentSettings {
  enabled: boolean;
  disabledSites: string[];
  pausedUntil: number;
  categories: Partial<Record<Category, boolean>>;
  sensitivity: AnalyzeOptions['sensitivity'];
  ignoredPhrases: string[];
  customRules: NonNullable<AnalyzeOptions['extraRules']>[number][];
  shortcut: string;
}

export const DEFAULT_SETTINGS: ContentSettings = {
  enabled: true,
  disabledSites: [],
  pausedUntil: 0,
  categories: {},
  sensitivity: 'standard',
  ignoredPhrases: [],
  customRules: [],
  shortcut: 'Alt+Shift+Enter',
};

function normalise(raw: unknown): Partial<ContentSettings> {
  return raw && typeof raw === 'object' ? (raw as Partial<ContentSettings>) : {};
}

export async function loadSettings(): Promise<ContentSettings> {
  try {
    const [sync, local] = await Promise.all([
      browser.storage.sync?.get(SETTINGS_KEY).catch(() => ({})) ?? {},
      browser.storage.local.get(SETTINGS_KEY),
    ]);
    return { ...DEFAULT_SETTINGS, ...normalise((sync as Record<string, unknown>)[SETTINGS_KEY]), ...normalise(local[SETTINGS_KEY]) };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Calls `listener` with fresh settings whenever they change in either storage area. Returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: ContentSettings) => void): () => void {
  const handle = (changes: Record<string, unknown>) => {
    if (SETTINGS_KEY in changes) void loadSettings().then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

export function isActiveOn(settings: ContentSettings, hostname: string, now = Date.now()): boolean {
  if (!settings.enabled) return false;
  if (settings.pausedUntil && settings.pausedUntil > now) return false;
  return !settings.disabledSites.some((site) => hostname === site || hostname.endsWith(`.${site}`));
}

export function toAnalyzeOptions(settings: ContentSettings): AnalyzeOptions {
  return {
    categories: CATEGORIES.filter((category) => settings.categories[category] !== false),
    sensitivity: settings.sensitivity ?? 'standard',
    ignoredPhrases: settings.ignoredPhrases ?? [],
    extraRules: settings.customRules ?? [],
  };
}
