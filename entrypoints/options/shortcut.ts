// The keyboard shortcut: type it, or press "Record" and then the keys.
import { t } from '../../src/settings/i18n';
import { DEFAULT_SHORTCUT } from '../../src/settings/schema';
import { checkShortcut, shortcutFromEvent } from '../../src/settings/shortcut';
import { byId, showLock, type OptionsContext, type Render } from './context';

export function setupShortcut(ctx: OptionsContext): Render {
  const form = byId<HTMLFormElement>('shortcut-form');
  const input = byId<HTMLInputElement>('shortcut-input');
  const record = byId<HTMLButtonElement>('shortcut-record');
  const reset = byId<HTMLButtonElement>('shortcut-reset');
  const error = byId('shortcut-error');
  const lock = byId('shortcut-lock');
  let recording = false;

  const setRecording = (on: boolean) => {
    recording = on;
    record.setAttribute('aria-pressed', String(on));
    record.textContent = t(on ? 'shortcutRecording' : 'shortcutRecord');
    if (on) input.focus();
  };
  const saveShortcut = (text: string) => {
    const check = checkShortcut(text);
    if (!check.ok) {
      error.textContent = t(check.error);
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.value = check.shortcut;
    void ctx.save((s) => {
      s.shortcut = check.shortcut;
    });
  };

  record.addEventListener('click', () => setRecording(!recording));
  input.addEventListener('keydown', (event) => {
    if (!recording) return;
    // Tab and Escape keep their usual meaning so the field never traps the keyboard.
    if (event.key === 'Tab') return setRecording(false);
    if (event.key === 'Escape' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      return setRecording(false);
    }
    event.preventDefault();
    const combo = shortcutFromEvent(event);
    if (!combo) return;
    input.value = combo;
    setRecording(false);
    saveShortcut(combo);
  });
  input.addEventListener('blur', () => recording && setRecording(false));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveShortcut(input.value);
  });
  reset.addEventListener('click', () => saveShortcut(DEFAULT_SHORTCUT));

  return () => {
    const eff = ctx.effective();
    const locked = showLock(lock, eff, 'shortcut');
    for (const el of form.elements) (el as HTMLInputElement).disabled = locked;
    if (document.activeElement !== input) input.value = eff.shortcut;
  };
}
