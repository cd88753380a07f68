// --pack: a team's rule pack exported from Attune's options page. The rules are checked by the options
// page's own import (src/settings/packs.ts), so a file the extension refuses is refused here with the same
// words. A pack may also carry the team's ignored phrases and category switches.
import { CATEGORIES, type AnalyzeOptions, type Category } from '../engine/types';
import { importPack } from '../settings/packs';

export type PackResult = { ok: true; options: AnalyzeOptions; off: Category[] } | { ok: false; error: string };

export function loadPack(text: string): PackResult {
  const imported = importPack(text);
  if (!imported.ok) return imported;
  // importPack already parsed it as a JSON object.
  const raw = JSON.parse(text) as Record<string, unknown>;
  const ignored = raw.ignoredPhrases ?? [];
  if (!Array.isArray(ignored) || !ignored.every((p) => typeof p === 'string'))
    return { ok: false, error: '"ignoredPhrases" must be a list of phrases' };
  const switches = raw.categories ?? {};
  if (!switches || typeof switches !== 'object' || Array.isArray(switches))
    return { ok: false, error: '"categories" must map category names to true or false' };
  const off: Category[] = [];
  for (const [name, on] of Object.entries(switches)) {
    if (!CATEGORIES.includes(name as Category))
      return { ok: false, error: `"categories": unknown category ${name} (known: ${CATEGORIES.join(', ')})` };
    if (typeof on !== 'boolean') return { ok: false, error: `"categories": ${name} must be true or false` };
    if (!on) off.push(name as Category);
  }
  return { ok: true, options: { extraRules: imported.rules, ignoredPhrases: ignored.filter((p) => p.trim()) }, off };
}
