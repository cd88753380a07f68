// The content script's view of settings. The settings module owns storage, policy and defaults;
// this file is the one place src/content reaches into it.
export {
  type ContentSettings,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  isActiveOn,
  loadSettings,
  matchesShortcut,
  onSettingsChanged,
  toAnalyzeOptions,
} from '../settings/content-api';
