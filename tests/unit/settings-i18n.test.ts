// Every word in the popup, options page and settings code comes from messages.json: check that
// each key the code asks for exists, so no page ever shows a raw key.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SENSITIVITIES } from '../../src/engine/types';
import messages from '../../public/_locales/en/messages.json';

const root = path.resolve(import.meta.dirname, '../..');
const files = ['entrypoints/popup', 'entrypoints/options', 'src/settings'].flatMap((dir) =>
  readdirSync(path.join(root, dir)).map((f) => path.join(root, dir, f)),
);
const known = messages as Record<string, { message: string }>;

describe('messages.json', () => {
  it('has every key the pages and settings code use', () => {
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*(?:[^'()]*\?\s*)?'([A-Za-z0-9_]+)'(?:\s*:\s*'([A-Za-z0-9_]+)')?/g)) {
        used.add(m[1] as string);
        if (m[2]) used.add(m[2]);
      }
      for (const m of text.matchAll(/data-i18n(?:-[a-z]+)?="([A-Za-z0-9_]+)"/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/error: '([a-z]+[A-Z][A-Za-z]+)'/g)) used.add(m[1] as string);
    }
    for (const c of CATEGORIES) for (const part of ['name', 'desc', 'example']) used.add(`category_${c.replace(/-/g, '_')}_${part}`);
    for (const s of SENSITIVITIES) used.add(`sensitivity_${s}`).add(`sensitivity_${s}_desc`);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !known[key])).toEqual([]);
  });

  it('keeps the manifest keys and uses only valid message names', () => {
    expect(known.extName?.message).toBe('Attune');
    expect(known.extDescription?.message).toBeTruthy();
    for (const key of Object.keys(known)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
