// Whether Attune should run on a page right now. Pure, so the content script, popup and tests agree.
import { isWebUrl, matchesAny } from './match-patterns';
import type { Settings } from './schema';

export type Inactivity = 'off' | 'paused' | 'site-off' | 'not-in-only-list' | 'unsupported-page';

/** Why Attune is quiet on `url` at `now`, or null when it is active. */
export function inactiveReason(
  settings: Pick<Settings, 'enabled' | 'pausedUntil' | 'disabledSites' | 'onlySites'>,
  url: string,
  now: number,
): Inactivity | null {
  if (!isWebUrl(url)) return 'unsupported-page';
  if (!settings.enabled) return 'off';
  if (settings.pausedUntil > now) return 'paused';
  if (matchesAny(settings.disabledSites, url)) return 'site-off';
  if (settings.onlySites.length > 0 && !matchesAny(settings.onlySites, url)) return 'not-in-only-list';
  return null;
}

export function isActiveOnSite(
  settings: Pick<Settings, 'enabled' | 'pausedUntil' | 'disabledSites' | 'onlySites'>,
  url: string,
  now: number,
): boolean {
  return inactiveReason(settings, url, now) === null;
}

/** Local midnight after `now`: "pause until tomorrow". */
export function startOfTomorrow(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
