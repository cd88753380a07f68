import { describe, expect, it } from 'vitest';
import type { RuleSource } from '../../src/engine/types';
import { effectiveSettings, isLocked, parseManagedPolicy } from '../../src/settings/policy';
import { defaultSettings, type Settings } from '../../src/settings/schema';

const teamRule: RuleSource = {
  id: 'team.per-policy',
  category: 'transactional',
  severity: 'high',
  patterns: ['as per (our|the) policy'],
  message: 'Quoting policy can feel like a wall.',
  suggestions: ['Here is what we can do'],
};

function userSettings(): Settings {
  return {
    ...defaultSettings(),
    enabled: false,
    pausedUntil: 123,
    sensitivity: 'thorough',
    disabledSites: ['*://mine.example/*'],
    onlySites: ['*://chat.example/*'],
    ignoredPhrases: ['calm down'],
    customRules: [{ ...teamRule, id: 'custom.mine' }],
    shortcut: 'Ctrl+K',
    categories: { ...defaultSettings().categories, judging: false, labeling: false },
  };
}

describe('parseManagedPolicy', () => {
  it('is null when there is no policy (empty object, missing, garbage)', () => {
    expect(parseManagedPolicy({})).toBeNull();
    expect(parseManagedPolicy(undefined)).toBeNull();
    expect(parseManagedPolicy('x')).toBeNull();
    expect(parseManagedPolicy({ lockedSettings: ['nonsense'], disabledSites: ['bad pattern'] })).toBeNull();
  });

  it('keeps the valid parts of a policy and drops the rest', () => {
    const policy = parseManagedPolicy({
      rulePacks: [{ name: 'Team', rules: [teamRule, { id: 'broken' }] }, [teamRule], 'junk'],
      forceCategories: { judging: true, nonsense: true, labeling: 'yes' },
      lockedSettings: ['sensitivity', 'sensitivity', 'bogus'],
      lockReason: '  Set by the Helpline training team.  ',
      disabledSites: ['*://intranet.example/*', 'nope'],
      sensitivity: 'loud',
    });
    expect(policy).not.toBeNull();
    expect(policy?.rulePacks).toEqual([{ name: 'Team', rules: [teamRule] }, { rules: [teamRule] }]);
    expect(policy?.forceCategories).toEqual({ judging: true });
    expect(policy?.lockedSettings).toEqual(['sensitivity']);
    expect(policy?.lockReason).toBe('Set by the Helpline training team.');
    expect(policy?.disabledSites).toEqual(['*://intranet.example/*']);
    expect(policy?.sensitivity).toBeUndefined();
  });
});

describe('effectiveSettings', () => {
  it('is the user settings unchanged, with nothing locked, without a policy', () => {
    const user = userSettings();
    const eff = effectiveSettings(user, null);
    expect(eff).toMatchObject(user);
    expect(eff.locked).toEqual([]);
    expect(eff.teamRules).toEqual([]);
    expect(eff.managed).toBe(false);
  });

  it('forces categories on or off and locks exactly those', () => {
    const policy = parseManagedPolicy({ forceCategories: { judging: true, minimizing: false } });
    const eff = effectiveSettings(userSettings(), policy);
    expect(eff.categories.judging).toBe(true);
    expect(eff.categories.minimizing).toBe(false);
    expect(eff.categories.labeling).toBe(false); // the user's own choice still applies
    expect(eff.forcedCategories.sort()).toEqual(['judging', 'minimizing']);
    expect(isLocked(eff, 'categories')).toBe(false);
  });

  it('locked settings fall back to defaults, ignoring the user value', () => {
    const policy = parseManagedPolicy({
      lockedSettings: ['enabled', 'categories', 'sensitivity', 'ignoredPhrases', 'customRules', 'disabledSites', 'onlySites', 'shortcut'],
      lockReason: 'Team standard',
    });
    const eff = effectiveSettings(userSettings(), policy);
    const d = defaultSettings();
    expect(eff.enabled).toBe(true);
    expect(eff.pausedUntil).toBe(0);
    expect(eff.categories).toEqual(d.categories);
    expect(eff.sensitivity).toBe(d.sensitivity);
    expect(eff.ignoredPhrases).toEqual([]);
    expect(eff.customRules).toEqual([]);
    expect(eff.disabledSites).toEqual([]);
    expect(eff.onlySites).toEqual([]);
    expect(eff.shortcut).toBe(d.shortcut);
    expect(eff.locked).toHaveLength(8);
    expect(eff.lockReason).toBe('Team standard');
  });

  it('a value the policy sets wins and locks its control', () => {
    const eff = effectiveSettings(
      userSettings(),
      parseManagedPolicy({ sensitivity: 'gentle', shortcut: 'alt+j', onlySites: ['*://team.example/*'] }),
    );
    expect(eff.sensitivity).toBe('gentle');
    expect(eff.shortcut).toBe('Alt+J');
    expect(eff.onlySites).toEqual(['*://team.example/*']);
    expect(eff.locked).toEqual(expect.arrayContaining(['sensitivity', 'shortcut', 'onlySites']));
    expect(isLocked(eff, 'disabledSites')).toBe(false);
  });

  it('adds policy sites to the user list without locking the user list', () => {
    const eff = effectiveSettings(userSettings(), parseManagedPolicy({ disabledSites: ['*://hr.example/*', '*://mine.example/*'] }));
    expect(eff.disabledSites.sort()).toEqual(['*://hr.example/*', '*://mine.example/*']);
    expect(eff.policyDisabledSites).toEqual(['*://hr.example/*', '*://mine.example/*']);
    expect(isLocked(eff, 'disabledSites')).toBe(false);
  });

  it('collects team rules from all packs, first id wins, and keeps the user rules', () => {
    const other = { ...teamRule, id: 'team.other' };
    const eff = effectiveSettings(
      userSettings(),
      parseManagedPolicy({ rulePacks: [{ rules: [teamRule] }, { rules: [{ ...teamRule, message: 'dup' }, other] }] }),
    );
    expect(eff.teamRules.map((r) => [r.id, r.message])).toEqual([
      ['team.per-policy', teamRule.message],
      ['team.other', teamRule.message],
    ]);
    expect(eff.customRules.map((r) => r.id)).toEqual(['custom.mine']);
    expect(eff.managed).toBe(true);
  });

  it('does not change its inputs', () => {
    const user = userSettings();
    const snapshot = structuredClone(user);
    effectiveSettings(user, parseManagedPolicy({ forceCategories: { judging: true }, lockedSettings: ['categories'] }));
    expect(user).toEqual(snapshot);
  });
});
