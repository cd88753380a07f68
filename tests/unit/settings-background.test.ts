import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { handleMessage, registerBackground } = await import('../../src/settings/background');
const { loadSettings, loadStats } = await import('../../src/settings/storage');
const { isoWeek } = await import('../../src/settings/stats');

const own = { id: 'test-extension-id', tab: { id: 7 } as never, frameId: 0 };
const popup = { id: 'test-extension-id' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('background messages', () => {
  it('refuses messages from other extensions and malformed messages', async () => {
    expect(await handleMessage({ type: 'attune:ignore-phrase', phrase: 'x' }, { id: 'someone-else' })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    expect(await handleMessage({ type: 'attune:ignore-phrase', phrase: 'x' }, {})).toEqual({ ok: false, error: 'foreign-sender' });
    expect(await handleMessage({ type: 'attune:nope' }, own)).toEqual({ ok: false, error: 'bad-message' });
    expect(await handleMessage({ type: 'attune:disable-category', category: 'made-up' }, own)).toEqual({ ok: false, error: 'bad-message' });
    expect(await handleMessage({ type: 'attune:ignore-phrase', phrase: 'x'.repeat(500) }, own)).toEqual({
      ok: false,
      error: 'bad-message',
    });
    expect((await loadSettings()).ignoredPhrases).toEqual([]);
  });

  it('ignores a phrase once, however it is spaced or capitalised', async () => {
    expect(await handleMessage({ type: 'attune:ignore-phrase', phrase: ' Calm down ' }, own)).toEqual({ ok: true });
    await handleMessage({ type: 'attune:ignore-phrase', phrase: 'calm   DOWN' }, own);
    expect((await loadSettings()).ignoredPhrases).toEqual(['Calm down']);
  });

  it('turns a category off', async () => {
    await handleMessage({ type: 'attune:disable-category', category: 'closed-question' }, own);
    const s = await loadSettings();
    expect(s.categories['closed-question']).toBe(false);
    expect(s.categories.judging).toBe(true);
  });

  it('refuses to change what the policy locks', async () => {
    await fakeBrowser.storage.managed.set({ forceCategories: { judging: true }, lockedSettings: ['ignoredPhrases'] });
    expect(await handleMessage({ type: 'attune:disable-category', category: 'judging' }, own)).toEqual({ ok: false, error: 'locked' });
    expect(await handleMessage({ type: 'attune:ignore-phrase', phrase: 'calm down' }, own)).toEqual({ ok: false, error: 'locked' });
    expect(await handleMessage({ type: 'attune:disable-category', category: 'labeling' }, own)).toEqual({ ok: true });
    const s = await loadSettings();
    expect(s.categories.judging).toBe(true);
    expect(s.ignoredPhrases).toEqual([]);
  });

  it('counts stats by category and week, numbers only', async () => {
    await handleMessage({ type: 'attune:stat', category: 'minimizing', event: 'shown' }, own);
    await handleMessage({ type: 'attune:stat', category: 'minimizing', event: 'accepted' }, own);
    expect(await loadStats()).toEqual({ [isoWeek(Date.now())]: { minimizing: { shown: 1, accepted: 1 } } });
  });

  it('opens the options page', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    fakeBrowser.runtime.openOptionsPage = open;
    expect(await handleMessage({ type: 'attune:open-options' }, own)).toEqual({ ok: true });
    expect(open).toHaveBeenCalledOnce();
  });

  it('keeps the focused-field count per tab for the popup', async () => {
    await handleMessage({ type: 'attune:count', count: 3 }, own);
    await handleMessage({ type: 'attune:count', count: 1 }, { ...own, tab: { id: 8 } as never });
    expect(await handleMessage({ type: 'attune:get-count', tabId: 7 }, popup)).toEqual({ ok: true, count: 3 });
    expect(await handleMessage({ type: 'attune:get-count', tabId: 8 }, popup)).toEqual({ ok: true, count: 1 });
    expect(await handleMessage({ type: 'attune:get-count', tabId: 99 }, popup)).toEqual({ ok: true, count: 0 });
    // A content script may not read another tab's count.
    expect(await handleMessage({ type: 'attune:get-count', tabId: 8 }, own)).toEqual({ ok: false, error: 'not-allowed' });
    expect(await handleMessage({ type: 'attune:count', count: -1 }, own)).toEqual({ ok: false, error: 'bad-message' });
    expect(await handleMessage({ type: 'attune:count', count: 2 }, popup)).toEqual({ ok: false, error: 'no-tab' });
  });

  it('answers through runtime.onMessage once registered', async () => {
    registerBackground();
    // The listener answers through sendResponse (Chrome and Firefox both support it).
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger: (...args: unknown[]) => Promise<unknown[]> };
    const reply = await new Promise((resolve) => {
      void onMessage.trigger({ type: 'attune:disable-category', category: 'labeling' }, own, resolve);
    });
    expect(reply).toEqual({ ok: true });
    expect((await loadSettings()).categories.labeling).toBe(false);
  });
});
