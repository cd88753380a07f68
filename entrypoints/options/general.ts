// Attune on/off everywhere, and a note while paused.
import { t } from '../../src/settings/i18n';
import { byId, showLock, type OptionsContext, type Render } from './context';

export function setupGeneral(ctx: OptionsContext): Render {
  const enabled = byId<HTMLInputElement>('enabled');
  const lock = byId('enabled-lock');
  const pausedNote = byId('paused-note');
  const pausedText = byId('paused-text');
  const resume = byId<HTMLButtonElement>('resume');
  resume.addEventListener('click', () => {
    void ctx
      .save((s) => {
        s.pausedUntil = 0;
      })
      .then(() => enabled.focus());
  });
  enabled.addEventListener('change', () => {
    const on = enabled.checked;
    void ctx.save((s) => {
      s.enabled = on;
      if (on) s.pausedUntil = 0;
    });
  });
  return () => {
    const eff = ctx.effective();
    enabled.checked = eff.enabled;
    enabled.disabled = showLock(lock, eff, 'enabled');
    const paused = eff.enabled && eff.pausedUntil > Date.now();
    pausedNote.hidden = !paused;
    resume.disabled = enabled.disabled;
    pausedText.textContent = paused
      ? t('generalPausedUntil', new Date(eff.pausedUntil).toLocaleString(document.documentElement.lang || undefined))
      : '';
  };
}
