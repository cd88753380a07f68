// Matches a keydown against a shortcut written like "Alt+Shift+Enter".
export interface KeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: string): boolean {
  const parts = shortcut.split('+').map((part) => part.trim().toLowerCase()).filter(Boolean);
  const key = parts.pop();
  if (!key) return false;
  const wants = new Set(parts);
  if (event.altKey !== wants.has('alt')) return false;
  if (event.shiftKey !== wants.has('shift')) return false;
  if (event.ctrlKey !== (wants.has('ctrl') || wants.has('control'))) return false;
  if (event.metaKey !== (wants.has('meta') || wants.has('cmd'))) return false;
  const pressed = event.key.toLowerCase();
  if (pressed === key) return true;
  // With Alt held, some layouts report a different `key`; the physical code still names the key.
  const code = (event.code ?? '').toLowerCase();
  if (key === 'enter') return code === 'enter' || code === 'numpadenter';
  return code === `key${key}` || code === `digit${key}`;
}
