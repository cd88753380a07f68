// Turns whatever is stored (an old version, a partial object, a hand-edited value) into valid
// current Settings. Each migration moves one version forward; sanitising then fills gaps.
import { CATEGORIES, SENSITIVITIES, SEVERITIES, type RuleSource } from '../engine/types';
import { checkMatchPattern } from './match-patterns';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { checkShortcut } from './shortcut';

type Raw = Record<string, unknown>;

/** migrations[n] turns a version-n object into version n+1. */
const migrations: Record<number, (raw: Raw) => Raw> = {
  // v0: early builds stored settings without a version; the field names were already these.
  0: (raw) => ({ ...raw, version: 1 }),
};

export function storedVersion(raw: unknown): number {
  if (!raw || typeof raw !== 'object') return 0;
  const v = (raw as Raw).version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Returns valid Settings for any input; `undefined` or garbage gives the defaults. */
export function migrateSettings(raw: unknown): Settings {
  let current: Raw = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as Raw) } : {};
  let version = storedVersion(current);
  while (version < SETTINGS_VERSION) {
    const step = migrations[version];
    current = step ? step(current) : { ...current, version: version + 1 };
    version = storedVersion(current);
  }
  // A newer build may have synced a later version: keep the fields this build understands.
  return sanitizeSettings(current);
}

function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

function uniqueCaseless(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function patternList(value: unknown): string[] {
  return [...new Set(stringList(value).filter((p) => checkMatchPattern(p).ok))];
}

/** Shape check only; the engine's validateRule judges the patterns themselves. */
export function isRuleShaped(value: unknown): value is RuleSource {
  if (!value || typeof value !== 'object') return false;
  const r = value as Partial<RuleSource>;
  return (
    typeof r.id === 'string' &&
    r.id.length > 0 &&
    (CATEGORIES as readonly string[]).includes(r.category as string) &&
    (SEVERITIES as readonly string[]).includes(r.severity as string) &&
    Array.isArray(r.patterns) &&
    r.patterns.length > 0 &&
    r.patterns.every((p) => typeof p === 'string' && p.trim().length > 0) &&
    (r.unless === undefined || (Array.isArray(r.unless) && r.unless.every((p) => typeof p === 'string'))) &&
    typeof r.message === 'string' &&
    Array.isArray(r.suggestions) &&
    r.suggestions.every((s) => typeof s === 'string')
  );
}

export function sanitizeSettings(raw: Raw): Settings {
  const d = defaultSettings();
  const categories = { ...d.categories };
  if (raw.categories && typeof raw.categories === 'object') {
    for (const c of CATEGORIES) {
      const v = (raw.categories as Raw)[c];
      if (typeof v === 'boolean') categories[c] = v;
    }
  }
  const shortcut = typeof raw.shortcut === 'string' ? checkShortcut(raw.shortcut) : null;
  const pausedUntil = raw.pausedUntil;
  const savedAt = raw.savedAt;
  return {
    version: SETTINGS_VERSION,
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : d.enabled,
    pausedUntil: typeof pausedUntil === 'number' && Number.isFinite(pausedUntil) && pausedUntil > 0 ? pausedUntil : 0,
    disabledSites: patternList(raw.disabledSites),
    onlySites: patternList(raw.onlySites),
    categories,
    sensitivity: (SENSITIVITIES as readonly unknown[]).includes(raw.sensitivity)
      ? (raw.sensitivity as Settings['sensitivity'])
      : d.sensitivity,
    ignoredPhrases: uniqueCaseless(stringList(raw.ignoredPhrases)),
    customRules: Array.isArray(raw.customRules) ? raw.customRules.filter(isRuleShaped) : [],
    shortcut: shortcut?.ok ? shortcut.shortcut : d.shortcut,
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
  };
}
