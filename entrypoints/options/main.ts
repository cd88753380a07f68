// Options page wiring: load settings, let each section render, re-render on every change
// (from this page, another tab, the popup, or the team policy).
import { localizePage, t } from '../../src/settings/i18n';
import type { EffectiveSettings } from '../../src/settings/policy';
import type { Settings } from '../../src/settings/schema';
import { loadEffectiveSettings, loadManagedPolicy, loadSettings, updateSettings, watchSettings } from '../../src/settings/storage';
import { effectiveSettings } from '../../src/settings/policy';
import { browser } from 'wxt/browser';
import { STATS_KEY } from '../../src/settings/schema';
import { setupCategories } from './categories';
import { byId, type OptionsContext, type Render } from './context';
import { setupGeneral } from './general';
import { setupPhrases } from './phrases';
import { setupProgress } from './progress';
import { setupRules } from './rules';
import { setupShortcut } from './shortcut';
import { setupSites } from './sites';

async function main(): Promise<void> {
  localizePage();
  let user: Settings = await loadSettings();
  let effective: EffectiveSettings = await loadEffectiveSettings();
  const saveStatus = byId('save-status');
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const renders: Render[] = [];
  const renderAll = () => {
    for (const render of renders) render();
    const banner = byId('policy-banner');
    banner.hidden = !effective.managed;
    banner.textContent = effective.managed
      ? effective.lockReason
        ? t('policyBannerReason', effective.lockReason)
        : t('policyBanner')
      : '';
  };

  const ctx: OptionsContext = {
    user: () => user,
    effective: () => effective,
    async save(update) {
      const result = await updateSettings(update);
      user = result.settings;
      effective = effectiveSettings(user, await loadManagedPolicy());
      renderAll();
      saveStatus.textContent = t(result.area === 'sync' ? 'savedSync' : 'savedLocal');
      clearTimeout(statusTimer);
      statusTimer = setTimeout(() => (saveStatus.textContent = ''), 2500);
    },
  };

  renders.push(setupGeneral(ctx), setupCategories(ctx), setupPhrases(ctx), setupRules(ctx), setupSites(ctx), setupShortcut(ctx));
  renderAll();
  const refreshProgress = setupProgress();
  await refreshProgress();

  watchSettings(async (next) => {
    user = await loadSettings();
    effective = next;
    renderAll();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && STATS_KEY in changes) void refreshProgress();
  });
  document.body.dataset.ready = 'true';
}

void main();
