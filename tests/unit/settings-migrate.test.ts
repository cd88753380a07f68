import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/engine/types';
import { migrateSettings, storedVersion } from '../../src/settings/migrate';
import { DEFAULT_SHORTCUT, defaultSettings, SETTINGS_VERSION } from '../../src/settings/schema';

describe('settings migrations', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(migrateSettings(undefined)).toEqual(defaultSettings());
    expect(migrateSettings(null)).toEqual(defaultSettings());
    expect(migrateSettings('garbage')).toEqual(defaultSettings());
    expect(migrateSettings([1, 2])).toEqual(defaultSettings());
  });

  it('has every category on, standard sensitivity and Alt+Shift+Enter by default', () => {
    const d = defaultSettings();
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(d.categories).sort()).toEqual([...CATEGORIES].sort());
    expect(Object.values(d.categories).every(Boolean)).toBe(true);
    expect(d.sensitivity).toBe('standard');
    expect(d.shortcut).toBe(DEFAULT_SHORTCUT);
    expect(d.enabled).toBe(true);
    expect(d.pausedUntil).toBe(0);
  });

  it('migrates an unversioned (v0) object to v1 and keeps what it knew', () => {
    const v0 = {
      enabled: false,
      disabledSites: ['*://forum.example.org/*'],
      categories: { judging: false },
      sensitivity: 'gentle',
      ignoredPhrases: ['no worries'],
    };
    expect(storedVersion(v0)).toBe(0);
    const v1 = migrateSettings(v0);
    expect(v1.version).toBe(1);
    expect(v1.enabled).toBe(false);
    expect(v1.disabledSites).toEqual(['*://forum.example.org/*']);
    expect(v1.categories.judging).toBe(false);
    expect(v1.categories.minimizing).toBe(true);
    expect(v1.sensitivity).toBe('gentle');
    expect(v1.ignoredPhrases).toEqual(['no worries']);
    expect(v1.shortcut).toBe(DEFAULT_SHORTCUT);
  });

  it('drops invalid values field by field instead of throwing everything away', () => {
    const s = migrateSettings({
      version: 1,
      enabled: 'yes',
      pausedUntil: Number.NaN,
      disabledSites: ['not a pattern', '*://ok.example/*', 42, '*://ok.example/*'],
      onlySites: 'example.org',
      categories: { judging: 'off', labeling: false, unknown: false },
      sensitivity: 'extreme',
      ignoredPhrases: ['  calm ', 'Calm', '', 7],
      customRules: [
        { id: 'x' },
        { id: 'custom.ok', category: 'judging', severity: 'high', patterns: ['you always'], message: 'm', suggestions: ['s'] },
      ],
      shortcut: 'q',
    });
    expect(s.enabled).toBe(true);
    expect(s.pausedUntil).toBe(0);
    expect(s.disabledSites).toEqual(['*://ok.example/*']);
    expect(s.onlySites).toEqual([]);
    expect(s.categories.judging).toBe(true);
    expect(s.categories.labeling).toBe(false);
    expect('unknown' in s.categories).toBe(false);
    expect(s.sensitivity).toBe('standard');
    expect(s.ignoredPhrases).toEqual(['calm']);
    expect(s.customRules.map((r) => r.id)).toEqual(['custom.ok']);
    expect(s.shortcut).toBe(DEFAULT_SHORTCUT);
  });

  it('writes a valid shortcut in its canonical form', () => {
    expect(migrateSettings({ shortcut: 'shift+ctrl+k' }).shortcut).toBe('Ctrl+Shift+K');
  });

  it('reads settings saved by a newer version without losing known fields', () => {
    const s = migrateSettings({ version: 7, enabled: false, futureField: 1 });
    expect(s.enabled).toBe(false);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect('futureField' in s).toBe(false);
  });

  it('is idempotent', () => {
    const once = migrateSettings({ disabledSites: ['*://a.example/*'], categories: { dismissing: false } });
    expect(migrateSettings(once)).toEqual(once);
  });
});
