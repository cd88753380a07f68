// The background's whole job: act on messages from Attune's own pages and content scripts.
// Entrypoints/background.ts only calls registerBackground().
import { browser, type Browser } from 'wxt/browser';
import { forgetTabAnalyzers, handleAnalysis } from './background-analysis';
import { type AnalysisReply, isAnalysisMessage } from './background-analysis-protocol';
import { parseMessage, type AttuneMessage, type AttuneReply } from './messages';
import { isLocked } from './policy';
import { loadEffectiveSettings, saveStat, updateSettings } from './storage';

type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'tab' | 'frameId' | 'url'>;

/** Nudge counts per tab. Kept in memory and mirrored to storage.session so a restarted worker still knows. */
const counts = new Map<number, number>();
const countKey = (tabId: number) => `attune:count:${tabId}`;

async function readCount(tabId: number): Promise<number> {
  const known = counts.get(tabId);
  if (known !== undefined) return known;
  try {
    const got = await browser.storage.session?.get(countKey(tabId));
    const value = got?.[countKey(tabId)];
    return typeof value === 'number' ? value : 0;
  } catch {
    return 0;
  }
}

async function writeCount(tabId: number, count: number): Promise<void> {
  counts.set(tabId, count);
  try {
    await browser.storage.session?.set({ [countKey(tabId)]: count });
  } catch {
    // storage.session is missing in old browsers; memory is enough there.
  }
}

async function forgetTab(tabId: number): Promise<void> {
  counts.delete(tabId);
  try {
    await browser.storage.session?.remove(countKey(tabId));
  } catch {
    /* see writeCount */
  }
}

/** Handles one message; exported for tests. Messages from other extensions or web pages are refused. */
export async function handleMessage(raw: unknown, sender: Sender): Promise<AttuneReply> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'foreign-sender' };
  const message: AttuneMessage | null = parseMessage(raw);
  if (!message) return { ok: false, error: 'bad-message' };
  switch (message.type) {
    case 'attune:ignore-phrase': {
      const settings = await loadEffectiveSettings();
      if (isLocked(settings, 'ignoredPhrases')) return { ok: false, error: 'locked' };
      await updateSettings((s) => {
        const key = message.phrase.toLowerCase().replace(/\s+/g, ' ');
        if (!s.ignoredPhrases.some((p) => p.toLowerCase().replace(/\s+/g, ' ') === key)) s.ignoredPhrases.push(message.phrase);
      });
      return { ok: true };
    }
    case 'attune:disable-category': {
      const settings = await loadEffectiveSettings();
      if (isLocked(settings, 'categories') || settings.forcedCategories.includes(message.category)) {
        return { ok: false, error: 'locked' };
      }
      await updateSettings((s) => {
        s.categories[message.category] = false;
      });
      return { ok: true };
    }
    case 'attune:open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'attune:stat':
      await saveStat(message.category, message.event);
      return { ok: true };
    case 'attune:count': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'no-tab' };
      await writeCount(tabId, message.count);
      return { ok: true };
    }
    case 'attune:get-count':
      // Only extension pages (the popup) ask; a content script has no business reading other tabs.
      if (sender.tab) return { ok: false, error: 'not-allowed' };
      return { ok: true, count: await readCount(message.tabId) };
  }
}

export function registerBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, sendResponse: (reply: AttuneReply | AnalysisReply) => void) => {
    // Answer through sendResponse and return true: works in Chrome and Firefox alike.
    const handled = isAnalysisMessage(raw) ? handleAnalysis(raw, sender) : handleMessage(raw, sender);
    handled.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId: number) => {
    forgetTabAnalyzers(tabId);
    void forgetTab(tabId);
  });
  // A page load clears the focused field, so the count starts over.
  browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') void writeCount(tabId, 0);
  });
}
