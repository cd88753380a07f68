import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// No WxtVitest plugin in the root config: point wxt/browser at the in-memory fake here.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { SETTINGS_KEY, STATS_KEY, defaultSettings } = await import('../../src/settings/schema');
const storage = await import('../../src/settings/storage');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('loads the defaults when nothing is stored', async () => {
    expect(await storage.loadSettings()).toEqual(defaultSettings());
  });

  it('migrates what is stored when loading', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { categories: { judging: false } } });
    const s = await storage.loadSettings();
    expect(s.version).toBe(1);
    expect(s.categories.judging).toBe(false);
  });

  it('saves to storage.sync and stamps the time', async () => {
    const result = await storage.saveSettings({ ...defaultSettings(), sensitivity: 'gentle' }, 1000);
    expect(result.area).toBe('sync');
    const stored = (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ sensitivity: 'gentle', savedAt: 1000, version: 1 });
    expect((await storage.loadSettings()).sensitivity).toBe('gentle');
  });

  it('falls back to storage.local when sync refuses the write, and reads it back', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    const result = await storage.saveSettings({ ...defaultSettings(), enabled: false }, 2000);
    expect(result.area).toBe('local');
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({ enabled: false });
    expect((await storage.loadSettings()).enabled).toBe(false);
  });

  it('prefers the newer copy when both sync and local hold settings', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), sensitivity: 'gentle', savedAt: 10 } });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), sensitivity: 'thorough', savedAt: 20 } });
    expect((await storage.loadSettings()).sensitivity).toBe('thorough');
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), sensitivity: 'gentle', savedAt: 30 } });
    expect((await storage.loadSettings()).sensitivity).toBe('gentle');
  });

  it('reads local settings when sync cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), enabled: false } });
    expect((await storage.loadSettings()).enabled).toBe(false);
  });

  it('a successful sync save removes the stale local fallback copy', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), savedAt: 5 } });
    await storage.saveSettings(defaultSettings(), 10);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
  });

  it('updateSettings runs updates one after another so none is lost', async () => {
    await Promise.all([
      storage.updateSettings((s) => void s.ignoredPhrases.push('one')),
      storage.updateSettings((s) => void s.ignoredPhrases.push('two')),
      storage.updateSettings((s) => {
        s.categories.judging = false;
      }),
    ]);
    const s = await storage.loadSettings();
    expect(s.ignoredPhrases).toEqual(['one', 'two']);
    expect(s.categories.judging).toBe(false);
  });
});

describe('managed policy', () => {
  it('is null when storage.managed rejects (Firefox without policies)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await storage.loadManagedPolicy()).toBeNull();
    expect((await storage.loadEffectiveSettings()).managed).toBe(false);
  });

  it('is null when storage.managed is empty (Chrome without policies)', async () => {
    expect(await storage.loadManagedPolicy()).toBeNull();
  });

  it('applies a policy from storage.managed to the effective settings', async () => {
    await fakeBrowser.storage.managed.set({
      forceCategories: { judging: false },
      lockedSettings: ['sensitivity'],
      lockReason: 'Team rule',
    });
    await storage.saveSettings({ ...defaultSettings(), sensitivity: 'thorough' });
    const eff = await storage.loadEffectiveSettings();
    expect(eff.categories.judging).toBe(false);
    expect(eff.sensitivity).toBe('standard');
    expect(eff.locked).toEqual(['sensitivity']);
    expect(eff.lockReason).toBe('Team rule');
  });
});

describe('watchSettings', () => {
  const nextCall = (fn: ReturnType<typeof vi.fn>) => vi.waitFor(() => expect(fn).toHaveBeenCalled());

  it('tells every watcher about a change made anywhere', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = storage.watchSettings(first);
    storage.watchSettings(second);
    await storage.updateSettings((s) => {
      s.sensitivity = 'gentle';
    });
    await nextCall(first);
    await nextCall(second);
    expect(first.mock.lastCall?.[0].sensitivity).toBe('gentle');
    stopFirst();
    first.mockClear();
    second.mockClear();
    await storage.updateSettings((s) => {
      s.sensitivity = 'thorough';
    });
    await nextCall(second);
    expect(first).not.toHaveBeenCalled();
  });

  it('also fires when the policy changes, and ignores unrelated keys', async () => {
    const cb = vi.fn();
    storage.watchSettings(cb);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ forceCategories: { labeling: false } });
    await nextCall(cb);
    expect(cb.mock.lastCall?.[0].categories.labeling).toBe(false);
  });
});

describe('stats storage', () => {
  it('counts into storage.local, never sync, and survives quick bursts', async () => {
    const now = new Date(2026, 2, 16, 12).getTime();
    await Promise.all([
      storage.saveStat('judging', 'shown', now),
      storage.saveStat('judging', 'shown', now),
      storage.saveStat('judging', 'accepted', now),
    ]);
    expect(await storage.loadStats()).toEqual({ '2026-W12': { judging: { shown: 2, accepted: 1 } } });
    expect(await fakeBrowser.storage.sync.get(STATS_KEY)).toEqual({ [STATS_KEY]: undefined });
    await storage.clearStats();
    expect(await storage.loadStats()).toEqual({});
  });
});
