// Team policy from storage.managed (Chrome enterprise policy / Firefox policies.json 3rdparty):
// parse it defensively and merge it over the user's own settings. Pure: no browser APIs.
import { CATEGORIES, SENSITIVITIES, type Category, type RuleSource, type Sensitivity } from '../engine/types';
import { checkMatchPattern } from './match-patterns';
import { isRuleShaped } from './migrate';
import { allCategories, defaultSettings, type Settings } from './schema';
import { checkShortcut } from './shortcut';

/** Settings an administrator can lock; the names are the Settings fields. `enabled` also locks pausing. */
export const LOCKABLE_SETTINGS = [
  'enabled',
  'categories',
  'sensitivity',
  'ignoredPhrases',
  'customRules',
  'disabledSites',
  'onlySites',
  'shortcut',
] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

export interface RulePack {
  name?: string;
  rules: RuleSource[];
}

export interface ManagedPolicy {
  rulePacks: RulePack[];
  forceCategories: Partial<Record<Category, boolean>>;
  lockedSettings: LockableSetting[];
  lockReason: string;
  disabledSites: string[];
  onlySites: string[];
  sensitivity?: Sensitivity;
  shortcut?: string;
}

export interface EffectiveSettings extends Settings {
  /** Controls the user cannot change, with the administrator's reason. */
  locked: LockableSetting[];
  lockReason: string;
  /** Categories the policy turns on or off; each is locked on its own. */
  forcedCategories: Category[];
  /** Sites the policy turns Attune off on (also inside `disabledSites`); the user cannot remove them. */
  policyDisabledSites: string[];
  /** Rules from the team's packs, to be passed to the engine with the user's custom rules. */
  teamRules: RuleSource[];
  /** Whether any policy applies at all. */
  managed: boolean;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Reads a raw storage.managed object; returns null when there is no usable policy. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const rulePacks: RulePack[] = [];
  for (const pack of Array.isArray(r.rulePacks) ? r.rulePacks : []) {
    // A pack may be { name, rules } or a bare array of rules.
    const rules = Array.isArray(pack) ? pack : pack && typeof pack === 'object' ? (pack as RulePack).rules : null;
    if (!Array.isArray(rules)) continue;
    const name = !Array.isArray(pack) && typeof (pack as RulePack).name === 'string' ? (pack as RulePack).name : undefined;
    rulePacks.push({ ...(name ? { name } : {}), rules: rules.filter(isRuleShaped) });
  }
  const forceCategories: Partial<Record<Category, boolean>> = {};
  if (r.forceCategories && typeof r.forceCategories === 'object') {
    for (const c of CATEGORIES) {
      const v = (r.forceCategories as Record<string, unknown>)[c];
      if (typeof v === 'boolean') forceCategories[c] = v;
    }
  }
  const lockedSettings = strings(r.lockedSettings).filter((k): k is LockableSetting =>
    (LOCKABLE_SETTINGS as readonly string[]).includes(k),
  );
  const policy: ManagedPolicy = {
    rulePacks,
    forceCategories,
    lockedSettings: [...new Set(lockedSettings)],
    lockReason: typeof r.lockReason === 'string' ? r.lockReason.trim() : '',
    disabledSites: strings(r.disabledSites).filter((p) => checkMatchPattern(p).ok),
    onlySites: strings(r.onlySites).filter((p) => checkMatchPattern(p).ok),
  };
  if ((SENSITIVITIES as readonly unknown[]).includes(r.sensitivity)) policy.sensitivity = r.sensitivity as Sensitivity;
  if (typeof r.shortcut === 'string') {
    const check = checkShortcut(r.shortcut);
    if (check.ok) policy.shortcut = check.shortcut;
  }
  const empty =
    rulePacks.length === 0 &&
    Object.keys(forceCategories).length === 0 &&
    policy.lockedSettings.length === 0 &&
    policy.disabledSites.length === 0 &&
    policy.onlySites.length === 0 &&
    !policy.sensitivity &&
    !policy.shortcut;
  return empty ? null : policy;
}

/**
 * The settings Attune actually runs with. A value the policy sets wins and locks its control;
 * a setting named in `lockedSettings` without a policy value falls back to the default, so the
 * user's own choice no longer applies. Policy sites are added to the user's always-off list.
 */
export function effectiveSettings(user: Settings, managed: ManagedPolicy | null): EffectiveSettings {
  if (!managed) {
    return {
      ...user,
      locked: [],
      lockReason: '',
      forcedCategories: [],
      policyDisabledSites: [],
      teamRules: [],
      managed: false,
    };
  }
  const d = defaultSettings();
  const locked = new Set<LockableSetting>(managed.lockedSettings);
  if (managed.sensitivity) locked.add('sensitivity');
  if (managed.shortcut) locked.add('shortcut');
  if (managed.onlySites.length > 0) locked.add('onlySites');
  const is = (k: LockableSetting) => locked.has(k);

  const categories = is('categories') ? allCategories(true) : { ...user.categories };
  const forcedCategories: Category[] = [];
  for (const c of CATEGORIES) {
    const forced = managed.forceCategories[c];
    if (forced !== undefined) {
      categories[c] = forced;
      forcedCategories.push(c);
    }
  }

  const teamRules: RuleSource[] = [];
  const seen = new Set<string>();
  for (const pack of managed.rulePacks) {
    for (const rule of pack.rules) {
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      teamRules.push(rule);
    }
  }

  return {
    ...user,
    enabled: is('enabled') ? true : user.enabled,
    pausedUntil: is('enabled') ? 0 : user.pausedUntil,
    categories,
    sensitivity: managed.sensitivity ?? (is('sensitivity') ? d.sensitivity : user.sensitivity),
    ignoredPhrases: is('ignoredPhrases') ? [] : user.ignoredPhrases,
    customRules: is('customRules') ? [] : user.customRules,
    disabledSites: [...new Set([...managed.disabledSites, ...(is('disabledSites') ? [] : user.disabledSites)])],
    onlySites: managed.onlySites.length > 0 ? managed.onlySites : is('onlySites') ? [] : user.onlySites,
    shortcut: managed.shortcut ?? (is('shortcut') ? d.shortcut : user.shortcut),
    locked: LOCKABLE_SETTINGS.filter((k) => locked.has(k)),
    lockReason: managed.lockReason,
    forcedCategories,
    policyDisabledSites: managed.disabledSites,
    teamRules,
    managed: true,
  };
}

export function isLocked(settings: Pick<EffectiveSettings, 'locked'>, key: LockableSetting): boolean {
  return settings.locked.includes(key);
}
