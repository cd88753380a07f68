// Reading and writing settings, the managed policy and stats through browser.storage.
// Settings live in storage.sync so they follow the user; when sync refuses the write (quota,
// sync turned off) they go to storage.local. Each copy carries `savedAt`; the newer one wins.
import { browser } from 'wxt/browser';
import { migrateSettings } from './migrate';
import { effectiveSettings, parseManagedPolicy, type EffectiveSettings, type ManagedPolicy } from './policy';
import { SETTINGS_KEY, STATS_KEY, type Settings } from './schema';
import { recordStat, sanitizeStats, type StatEvent, type Stats } from './stats';
import type { Category } from '../engine/types';

type Area = 'sync' | 'local';

async function readArea(area: Area): Promise<unknown> {
  try {
    const got = await browser.storage[area].get(SETTINGS_KEY);
    return got?.[SETTINGS_KEY];
  } catch {
    return undefined; // sync can be missing or disabled; treat as empty
  }
}

/** The user's own settings, migrated to the current version (defaults when nothing is stored). */
export async function loadSettings(): Promise<Settings> {
  const [synced, local] = await Promise.all([readArea('sync'), readArea('local')]);
  if (synced === undefined && local === undefined) return migrateSettings(undefined);
  if (synced === undefined) return migrateSettings(local);
  if (local === undefined) return migrateSettings(synced);
  const a = migrateSettings(synced);
  const b = migrateSettings(local);
  return b.savedAt > a.savedAt ? b : a;
}

/** Where the last save went; the options page mentions it when settings could not sync. */
export type SaveResult = { area: Area; settings: Settings };

export async function saveSettings(settings: Settings, now = Date.now()): Promise<SaveResult> {
  const value = { ...migrateSettings(settings), savedAt: now };
  try {
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
    // A stale local fallback copy would be older anyway, but removing it keeps one truth.
    // Only when there is one: each removal wakes every watcher in every tab.
    if ((await readArea('local')) !== undefined) await browser.storage.local.remove(SETTINGS_KEY).catch(() => undefined);
    return { area: 'sync', settings: value };
  } catch {
    await browser.storage.local.set({ [SETTINGS_KEY]: value });
    return { area: 'local', settings: value };
  }
}

// Read-modify-write calls in one page run one after another, so two quick clicks both land.
let queue: Promise<unknown> = Promise.resolve();

/** Loads, changes and saves settings in one step: `change` edits the settings it is given. */
export function updateSettings(change: (settings: Settings) => void): Promise<SaveResult> {
  const run = queue.then(async () => {
    const current = await loadSettings();
    change(current);
    return saveSettings(current);
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The team policy, or null. storage.managed rejects in Firefox without policies and can be absent: both mean none. */
export async function loadManagedPolicy(): Promise<ManagedPolicy | null> {
  try {
    const managed = browser.storage?.managed;
    if (!managed) return null;
    return parseManagedPolicy(await managed.get(null));
  } catch {
    return null;
  }
}

/** What the content script should run with: the user's settings with the team policy applied. */
export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, managed] = await Promise.all([loadSettings(), loadManagedPolicy()]);
  return effectiveSettings(user, managed);
}

/**
 * Calls `callback` with fresh effective settings whenever the user's settings (in any tab or
 * device) or the policy change. Returns a function that stops watching.
 */
export function watchSettings(callback: (settings: EffectiveSettings) => void): () => void {
  let stopped = false;
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant = area === 'managed' || ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes);
    if (!relevant || stopped) return;
    // Changes can arrive in quick bursts; only the newest load reaches the callback.
    const ticket = ++latest;
    void loadEffectiveSettings().then((settings) => {
      if (!stopped && ticket === latest) callback(settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(listener);
  };
}

export async function loadStats(): Promise<Stats> {
  try {
    const got = await browser.storage.local.get(STATS_KEY);
    return sanitizeStats(got?.[STATS_KEY]);
  } catch {
    return {};
  }
}

let statsQueue: Promise<unknown> = Promise.resolve();

/** Counts one nudge shown or suggestion accepted in this week's totals (storage.local only). */
export function saveStat(category: Category, event: StatEvent, now = Date.now()): Promise<Stats> {
  const run = statsQueue.then(async () => {
    const next = recordStat(await loadStats(), category, event, now);
    await browser.storage.local.set({ [STATS_KEY]: next });
    return next;
  });
  statsQueue = run.catch(() => undefined);
  return run;
}

export async function clearStats(): Promise<void> {
  await browser.storage.local.remove(STATS_KEY);
}
