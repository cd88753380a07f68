import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const api = await import('../../src/settings/content-api');
const { updateSettings } = await import('../../src/settings/storage');

beforeEach(() => fakeBrowser.reset());

describe('the content script API', () => {
  it('loads defaults, then the user settings with the policy applied', async () => {
    expect(await api.loadSettings()).toEqual(api.DEFAULT_SETTINGS);
    await updateSettings((s) => {
      s.categories.labeling = false;
    });
    await fakeBrowser.storage.managed.set({ forceCategories: { judging: false } });
    const s = await api.loadSettings();
    expect(s.categories.labeling).toBe(false);
    expect(s.categories.judging).toBe(false);
    expect(api.toAnalyzeOptions(s).categories).not.toContain('judging');
  });

  it('decides per page address, with match patterns', async () => {
    await updateSettings((s) => void s.disabledSites.push('*://*.example.org/*'));
    const s = await api.loadSettings();
    expect(api.isActiveOn(s, 'https://forum.example.org/t/1')).toBe(false);
    expect(api.isActiveOn(s, 'https://other.test/')).toBe(true);
  });

  it('reports changes made elsewhere, until unsubscribed', async () => {
    const seen: boolean[] = [];
    const stop = api.onSettingsChanged((s) => seen.push(s.enabled));
    await updateSettings((s) => {
      s.enabled = false;
    });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
    await updateSettings((s) => {
      s.enabled = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([false]);
  });

  it('never throws when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('gone'));
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('gone'));
    expect(await api.loadSettings()).toEqual(api.DEFAULT_SETTINGS);
  });
});
