// The card's dark colours must win over its light ones: same specificity, so the dark block has to come after
// every light rule it overrides (a dark card once kept its light links and buttons: 2.1:1 contrast).
import { describe, expect, it } from 'vitest';
import { OVERLAY_CSS } from '../../src/content/highlight/overlay-styles';

describe('overlay styles', () => {
  it('declares the dark colours after the light rules they override', () => {
    const media = OVERLAY_CSS.indexOf('@media (prefers-color-scheme: dark)');
    expect(media).toBeGreaterThan(0);
    const dark = OVERLAY_CSS.slice(media);
    const selectors = [...dark.matchAll(/^\s+([^@{}\n]+?)\s*\{/gm)].map((m) => m[1]!.trim());
    expect(selectors.length).toBeGreaterThan(2);
    const light = OVERLAY_CSS.slice(0, media);
    for (const list of selectors)
      for (const selector of list.split(',').map((s) => s.trim())) {
        expect(light.includes(selector), `${selector} has a light rule`).toBe(true);
        const after = OVERLAY_CSS.slice(media + dark.indexOf(list) + list.length);
        expect(
          after.match(new RegExp(`(^|[\\s,])${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[,{]`, 'm')),
          `${selector} is not set again after the dark block`,
        ).toBe(null);
      }
  });
});
