// Keyboard shortcut strings like "Alt+Shift+Enter": parse, validate, record from a key event, match.

export interface Shortcut {
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
  /** Normalised key: a single upper-case letter or digit, or a named key like Enter, F2, Space. */
  key: string;
}

export type ShortcutCheck = { ok: true; shortcut: string } | { ok: false; error: ShortcutError };
/** Keys in messages.json. */
export type ShortcutError = 'shortcutEmpty' | 'shortcutNoKey' | 'shortcutUnknownKey' | 'shortcutNeedsModifier';

const MODIFIERS: Record<string, keyof Omit<Shortcut, 'key'>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
};
const NAMED_KEYS = [
  'Enter',
  'Space',
  'Tab',
  'Escape',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Period',
  'Comma',
  'Slash',
  'Semicolon',
  'Quote',
  'BracketLeft',
  'BracketRight',
  'Backslash',
  'Minus',
  'Equal',
  'Backquote',
];
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

function normaliseKey(key: string): string | null {
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase();
  if (FUNCTION_KEY.test(key.toUpperCase())) return key.toUpperCase();
  const named = NAMED_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
  if (named) return named;
  if (key.toLowerCase() === 'esc') return 'Escape';
  if (key.toLowerCase() === 'return') return 'Enter';
  return null;
}

export function parseShortcut(text: string): Shortcut | ShortcutError {
  const parts = text
    .split('+')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return 'shortcutEmpty';
  const shortcut: Shortcut = { ctrl: false, alt: false, shift: false, meta: false, key: '' };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier) {
      shortcut[modifier] = true;
      continue;
    }
    if (shortcut.key) return 'shortcutUnknownKey';
    const key = normaliseKey(part);
    if (!key) return 'shortcutUnknownKey';
    shortcut.key = key;
  }
  if (!shortcut.key) return 'shortcutNoKey';
  // Without Ctrl/Alt/Meta a shortcut would eat ordinary typing; function keys are the exception.
  if (!shortcut.ctrl && !shortcut.alt && !shortcut.meta && !FUNCTION_KEY.test(shortcut.key)) return 'shortcutNeedsModifier';
  return shortcut;
}

export function formatShortcut(s: Shortcut): string {
  return [s.ctrl && 'Ctrl', s.alt && 'Alt', s.shift && 'Shift', s.meta && 'Meta', s.key].filter(Boolean).join('+');
}

/** Validates and writes the shortcut in its canonical form ("shift+alt+enter" -> "Alt+Shift+Enter"). */
export function checkShortcut(text: string): ShortcutCheck {
  const parsed = parseShortcut(text);
  return typeof parsed === 'string' ? { ok: false, error: parsed } : { ok: true, shortcut: formatShortcut(parsed) };
}

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

/** The key of an event, read from `code` where `key` is changed by Alt/Shift (e.g. Alt+Shift+E on macOS). */
function eventKey(event: KeyLike): string | null {
  const code = event.code ?? '';
  if (/^Key[A-Z]$/.test(code)) return code.slice(3);
  if (/^Digit[0-9]$/.test(code)) return code.slice(5);
  if (code === 'NumpadEnter') return 'Enter';
  if (event.key === ' ') return 'Space';
  return normaliseKey(event.key) ?? (code ? normaliseKey(code) : null);
}

/** Reads a shortcut string from a keydown event; null while only modifiers are held. */
export function shortcutFromEvent(event: KeyLike): string | null {
  if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS'].includes(event.key)) return null;
  const key = eventKey(event);
  if (!key) return null;
  return formatShortcut({ ctrl: event.ctrlKey, alt: event.altKey, shift: event.shiftKey, meta: event.metaKey, key });
}

/** The last shortcut string matchesShortcut parsed: it runs on every keydown, and the setting rarely changes. */
let lastParsed: { text: string; parsed: Shortcut | ShortcutError } | null = null;

/** For the content script: does this keydown match the user's shortcut? */
export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  if (lastParsed?.text !== shortcut) lastParsed = { text: shortcut, parsed: parseShortcut(shortcut) };
  const parsed = lastParsed.parsed;
  if (typeof parsed === 'string') return false;
  // Modifiers first: ordinary typing never gets as far as reading the key.
  return (
    event.ctrlKey === parsed.ctrl &&
    event.altKey === parsed.alt &&
    event.shiftKey === parsed.shift &&
    event.metaKey === parsed.meta &&
    eventKey(event) === parsed.key
  );
}
