import { describe, expect, it } from 'vitest';
import { checkShortcut, matchesShortcut, shortcutFromEvent } from '../../src/settings/shortcut';

const key = (k: string, code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('accepts and normalises good combinations', () => {
    expect(checkShortcut('Alt+Shift+Enter')).toEqual({ ok: true, shortcut: 'Alt+Shift+Enter' });
    expect(checkShortcut('shift + alt + return')).toEqual({ ok: true, shortcut: 'Alt+Shift+Enter' });
    expect(checkShortcut('cmd+k')).toEqual({ ok: true, shortcut: 'Meta+K' });
    expect(checkShortcut('F2')).toEqual({ ok: true, shortcut: 'F2' });
  });

  it('refuses combinations that would get in the way of typing, or are not combinations', () => {
    expect(checkShortcut('')).toEqual({ ok: false, error: 'shortcutEmpty' });
    expect(checkShortcut('Alt+Shift')).toEqual({ ok: false, error: 'shortcutNoKey' });
    expect(checkShortcut('Shift+A')).toEqual({ ok: false, error: 'shortcutNeedsModifier' });
    expect(checkShortcut('K')).toEqual({ ok: false, error: 'shortcutNeedsModifier' });
    expect(checkShortcut('Alt+K+J')).toEqual({ ok: false, error: 'shortcutUnknownKey' });
    expect(checkShortcut('Alt+Hyper')).toEqual({ ok: false, error: 'shortcutUnknownKey' });
  });

  it('records a combination from a key event, using the physical key when Alt changes the character', () => {
    expect(shortcutFromEvent(key('Enter', 'Enter', { altKey: true, shiftKey: true }))).toBe('Alt+Shift+Enter');
    expect(shortcutFromEvent(key('˝', 'KeyG', { altKey: true, shiftKey: true }))).toBe('Alt+Shift+G');
    expect(shortcutFromEvent(key('Shift', 'ShiftLeft', { shiftKey: true }))).toBeNull();
    expect(shortcutFromEvent(key(' ', 'Space', { ctrlKey: true }))).toBe('Ctrl+Space');
  });

  it('matches key events exactly, modifiers included', () => {
    expect(matchesShortcut(key('Enter', 'Enter', { altKey: true, shiftKey: true }), 'Alt+Shift+Enter')).toBe(true);
    expect(matchesShortcut(key('Enter', 'Enter', { altKey: true }), 'Alt+Shift+Enter')).toBe(false);
    expect(matchesShortcut(key('Enter', 'NumpadEnter', { altKey: true, shiftKey: true }), 'Alt+Shift+Enter')).toBe(true);
    expect(matchesShortcut(key('Enter', 'Enter', { altKey: true, shiftKey: true }), 'not valid')).toBe(false);
  });
});
