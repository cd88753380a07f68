// What every options section shares: the current settings and one way to save.
import type { EffectiveSettings, LockableSetting } from '../../src/settings/policy';
import type { Settings } from '../../src/settings/schema';
import { t } from '../../src/settings/i18n';

export interface OptionsContext {
  /** The user's own settings, as stored. */
  user(): Settings;
  /** The settings in force, with the team policy applied (locks, forced categories, team rules). */
  effective(): EffectiveSettings;
  /** Changes the user's settings and saves them; the page re-renders from storage afterwards. */
  save(update: (settings: Settings) => void): Promise<void>;
}

/** Renders one section from the current settings; called at start and after every change. */
export type Render = () => void;

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`options page is missing #${id}`);
  return found as T;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function lockText(settings: EffectiveSettings): string {
  return settings.lockReason ? t('lockedWithReason', settings.lockReason) : t('lockedByPolicy');
}

/** Shows the lock note for `key` and returns whether the setting is locked. */
export function showLock(note: HTMLElement, settings: EffectiveSettings, key: LockableSetting): boolean {
  const locked = settings.locked.includes(key);
  note.hidden = !locked;
  note.textContent = locked ? lockText(settings) : '';
  return locked;
}
