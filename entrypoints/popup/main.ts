// Popup: on/off for this site, pause everywhere, the nudge count of the focused field, a link to options.
import { browser } from 'wxt/browser';
import { inactiveReason, startOfTomorrow } from '../../src/settings/activity';
import { localizePage, t } from '../../src/settings/i18n';
import { isWebUrl, matchesAny, matchesPattern, sitePatternForUrl } from '../../src/settings/match-patterns';
import type { AttuneReply } from '../../src/settings/messages';
import { isLocked, type EffectiveSettings } from '../../src/settings/policy';
import { loadEffectiveSettings, updateSettings, watchSettings } from '../../src/settings/storage';

const HOUR = 60 * 60 * 1000;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const status = $<HTMLParagraphElement>('status');
const count = $<HTMLSpanElement>('count');
const countLabel = $<HTMLSpanElement>('count-label');
const siteToggle = $<HTMLInputElement>('site-toggle');
const siteToggleLabel = $<HTMLLabelElement>('site-toggle-label');
const siteNote = $<HTMLParagraphElement>('site-note');
const pauseHour = $<HTMLButtonElement>('pause-hour');
const pauseTomorrow = $<HTMLButtonElement>('pause-tomorrow');
const resume = $<HTMLButtonElement>('resume');
const lockNote = $<HTMLParagraphElement>('lock-note');

interface TargetTab {
  id?: number;
  url: string;
}

/**
 * The tab the popup speaks about: the active one. Its address is readable thanks to activeTab
 * (granted when the user opens the popup). Test builds accept ?tab=<id>&url=<address>, because
 * a popup opened as a page by a test has no activeTab grant.
 */
async function targetTab(): Promise<TargetTab> {
  const params = new URLSearchParams(location.search);
  if (__ATTUNE_TEST__ && params.has('tab')) return { id: Number(params.get('tab')), url: params.get('url') ?? '' };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url ?? '' };
}

function formatTime(time: number): string {
  const sameDay = new Date(time).toDateString() === new Date().toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), options).format(time);
}

function render(settings: EffectiveSettings, tab: TargetTab): void {
  const now = Date.now();
  const host = (() => {
    try {
      return new URL(tab.url).hostname;
    } catch {
      return '';
    }
  })();
  const reason = inactiveReason(settings, tab.url, now);
  status.textContent =
    reason === null
      ? t('popupStatusActive', host)
      : reason === 'paused'
        ? t('popupStatusPaused', formatTime(settings.pausedUntil))
        : reason === 'off'
          ? t('popupStatusOff')
          : reason === 'site-off'
            ? t('popupStatusSiteOff', host)
            : reason === 'not-in-only-list'
              ? t('popupStatusNotInOnlyList', host)
              : t('popupStatusUnsupported');

  // The site switch says whether this site is allowed, independent of pausing.
  const web = isWebUrl(tab.url) && sitePatternForUrl(tab.url) !== null;
  const siteAllowed =
    !matchesAny(settings.disabledSites, tab.url) && (settings.onlySites.length === 0 || matchesAny(settings.onlySites, tab.url));
  siteToggle.checked = web && siteAllowed;
  siteToggleLabel.textContent = web ? t('popupSiteToggle', host) : t('popupSiteToggleUnavailable');
  // Turning off adds to the always-off list; turning on removes from it and may add to the only-on list.
  const blockedByList = matchesAny(settings.disabledSites, tab.url);
  const outsideOnlyList = settings.onlySites.length > 0 && !matchesAny(settings.onlySites, tab.url);
  const sitesLocked =
    matchesAny(settings.policyDisabledSites, tab.url) ||
    (siteAllowed
      ? isLocked(settings, 'disabledSites')
      : (blockedByList && isLocked(settings, 'disabledSites')) || (outsideOnlyList && isLocked(settings, 'onlySites')));
  siteToggle.disabled = !web || sitesLocked;
  siteNote.hidden = !(web && sitesLocked);
  siteNote.textContent = web && sitesLocked ? lockedText(settings) : '';

  const paused = settings.pausedUntil > now || !settings.enabled;
  const pauseLocked = isLocked(settings, 'enabled');
  pauseHour.hidden = paused;
  pauseTomorrow.hidden = paused;
  resume.hidden = !paused;
  for (const b of [pauseHour, pauseTomorrow, resume]) b.disabled = pauseLocked;
  lockNote.hidden = !pauseLocked;
  lockNote.textContent = pauseLocked ? lockedText(settings) : '';
}

function lockedText(settings: EffectiveSettings): string {
  return settings.lockReason ? t('lockedWithReason', settings.lockReason) : t('lockedByPolicy');
}

async function refreshCount(tab: TargetTab): Promise<void> {
  if (tab.id === undefined) return;
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'attune:get-count', tabId: tab.id })) as AttuneReply | undefined;
    const n = reply?.ok ? (reply.count ?? 0) : 0;
    count.textContent = String(n);
    countLabel.textContent = t(n === 1 ? 'popupCountOne' : 'popupCountMany');
  } catch {
    countLabel.textContent = t('popupCountMany');
  }
}

async function main(): Promise<void> {
  localizePage();
  const tab = await targetTab();
  let settings = await loadEffectiveSettings();
  render(settings, tab);
  void refreshCount(tab);
  // The count changes as the user types in the page behind the popup.
  setInterval(() => void refreshCount(tab), 1000);
  watchSettings((next) => {
    settings = next;
    render(settings, tab);
  });
  // Re-render when a pause runs out while the popup is open.
  setInterval(() => render(settings, tab), 30_000);

  siteToggle.addEventListener('change', () => {
    const pattern = sitePatternForUrl(tab.url);
    if (!pattern) return;
    const on = siteToggle.checked;
    void updateSettings((s) => {
      if (on) {
        s.disabledSites = s.disabledSites.filter((p) => !matchesPattern(p, tab.url));
        if (s.onlySites.length > 0 && !matchesAny(s.onlySites, tab.url)) s.onlySites.push(pattern);
      } else if (!s.disabledSites.includes(pattern)) {
        s.disabledSites.push(pattern);
      }
    });
  });
  const pauseUntil = (until: number, focusAfter: HTMLElement) => async () => {
    await updateSettings((s) => {
      s.pausedUntil = until;
      if (until === 0) s.enabled = true;
    });
    settings = await loadEffectiveSettings();
    render(settings, tab);
    // The pressed button hides itself; keep keyboard focus on its counterpart.
    focusAfter.focus();
  };
  pauseHour.addEventListener('click', () => void pauseUntil(Date.now() + HOUR, resume)());
  pauseTomorrow.addEventListener('click', () => void pauseUntil(startOfTomorrow(Date.now()), resume)());
  resume.addEventListener('click', () => void pauseUntil(0, pauseHour)());
  $<HTMLAnchorElement>('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => window.close());
  });
}

void main();
