// The one shape of Attune's user settings, its defaults, and the storage keys.
import { CATEGORIES, type Category, type RuleSource, type Sensitivity } from '../engine/types';

export const SETTINGS_VERSION = 1;
/** Key in storage.sync (or storage.local when sync refuses the write). */
export const SETTINGS_KEY = 'attune:settings';
/** Key in storage.local: weekly counts of nudges shown and accepted, never text. */
export const STATS_KEY = 'attune:stats';
export const DEFAULT_SHORTCUT = 'Alt+Shift+Enter';

export interface Settings {
  version: number;
  enabled: boolean;
  /** Epoch ms; Attune stays quiet everywhere until then. 0 = not paused. */
  pausedUntil: number;
  /** Match patterns where Attune is always off. */
  disabledSites: string[];
  /** Match patterns; when not empty, Attune runs only on these sites. */
  onlySites: string[];
  categories: Record<Category, boolean>;
  sensitivity: Sensitivity;
  /** Phrases the user asked never to flag again. */
  ignoredPhrases: string[];
  /** The user's own rules, written in options. */
  customRules: RuleSource[];
  /** Key combination that opens the card for the finding at the caret. */
  shortcut: string;
  /** Epoch ms of the last save; the newer of the sync and local copies wins. */
  savedAt: number;
}

export function allCategories(value: boolean): Record<Category, boolean> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, value])) as Record<Category, boolean>;
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    pausedUntil: 0,
    disabledSites: [],
    onlySites: [],
    categories: allCategories(true),
    sensitivity: 'standard',
    ignoredPhrases: [],
    customRules: [],
    shortcut: DEFAULT_SHORTCUT,
    savedAt: 0,
  };
}
