import { describe, expect, it } from 'vitest';
import { inactiveReason, isActiveOnSite, startOfTomorrow } from '../../src/settings/activity';
import { checkMatchPattern, matchesPattern, normalizeSitePattern, sitePatternForUrl } from '../../src/settings/match-patterns';
import { defaultSettings } from '../../src/settings/schema';

describe('match patterns', () => {
  it.each([
    ['*://example.org/*', 'https://example.org/a/b?c=1', true],
    ['*://example.org/*', 'http://example.org/', true],
    ['*://example.org/*', 'https://www.example.org/', false],
    ['*://*.example.org/*', 'https://www.example.org/x', true],
    ['*://*.example.org/*', 'https://example.org/x', true],
    ['*://*.example.org/*', 'https://badexample.org/x', false],
    ['https://example.org/threads/*', 'https://example.org/threads/42', true],
    ['https://example.org/threads/*', 'https://example.org/users/42', false],
    ['https://example.org/threads/*', 'http://example.org/threads/42', false],
    ['*://*/*', 'https://anything.test/', true],
    ['*://*/*', 'file:///home/me/a.html', false],
    ['<all_urls>', 'file:///home/me/a.html', true],
    ['<all_urls>', 'chrome://settings/', false],
    ['file:///home/*', 'file:///home/me/a.html', true],
    ['*://localhost/*', 'http://localhost:8080/page', true],
    ['*://localhost:3000/*', 'http://localhost:8080/page', false],
    ['*://localhost:3000/*', 'http://localhost:3000/page', true],
    ['*://Example.ORG/*', 'https://example.org/', true],
  ])('%s on %s -> %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('refuses bad patterns with a reason, and they match nothing', () => {
    expect(checkMatchPattern('')).toEqual({ ok: false, error: 'patternEmpty' });
    expect(checkMatchPattern('example.org')).toEqual({ ok: false, error: 'patternShape' });
    expect(checkMatchPattern('gopher://example.org/*')).toEqual({ ok: false, error: 'patternScheme', detail: 'gopher' });
    expect(checkMatchPattern('*://exa*mple.org/*')).toEqual({ ok: false, error: 'patternHostStar' });
    expect(checkMatchPattern('*:///*')).toEqual({ ok: false, error: 'patternNoHost' });
    expect(checkMatchPattern('*://exa mple.org/*')).toMatchObject({ ok: false, error: 'patternBadHost' });
    expect(matchesPattern('example.org', 'https://example.org/')).toBe(false);
  });

  it('turns what people type into patterns', () => {
    expect(normalizeSitePattern('Forum.Example.org')).toEqual({ ok: true, pattern: '*://forum.example.org/*' });
    expect(normalizeSitePattern('*.example.org')).toEqual({ ok: true, pattern: '*://*.example.org/*' });
    expect(normalizeSitePattern('https://example.org')).toEqual({ ok: true, pattern: 'https://example.org/*' });
    expect(normalizeSitePattern('https://example.org/x/*')).toEqual({ ok: true, pattern: 'https://example.org/x/*' });
    expect(normalizeSitePattern('  ')).toMatchObject({ ok: false });
    expect(normalizeSitePattern('ex ample')).toMatchObject({ ok: false });
  });

  it('gives the popup a pattern for the current site, only for web pages', () => {
    expect(sitePatternForUrl('https://forum.example.org/t/1')).toBe('*://forum.example.org/*');
    expect(sitePatternForUrl('chrome://extensions')).toBeNull();
    expect(sitePatternForUrl('not a url')).toBeNull();
  });
});

describe('isActiveOnSite', () => {
  const now = 1_800_000_000_000;
  const url = 'https://forum.example.org/t/1';

  it('is active by default on web pages', () => {
    expect(isActiveOnSite(defaultSettings(), url, now)).toBe(true);
  });

  it('is quiet when turned off, paused, or the site is off', () => {
    expect(inactiveReason({ ...defaultSettings(), enabled: false }, url, now)).toBe('off');
    expect(inactiveReason({ ...defaultSettings(), pausedUntil: now + 1 }, url, now)).toBe('paused');
    expect(inactiveReason({ ...defaultSettings(), disabledSites: ['*://*.example.org/*'] }, url, now)).toBe('site-off');
    expect(inactiveReason(defaultSettings(), 'chrome://newtab/', now)).toBe('unsupported-page');
  });

  it('wakes up when the pause ends', () => {
    expect(isActiveOnSite({ ...defaultSettings(), pausedUntil: now }, url, now)).toBe(true);
    expect(isActiveOnSite({ ...defaultSettings(), pausedUntil: now - 1 }, url, now)).toBe(true);
  });

  it('honours the only-on list, and always-off wins over it', () => {
    const only = { ...defaultSettings(), onlySites: ['*://forum.example.org/*'] };
    expect(isActiveOnSite(only, url, now)).toBe(true);
    expect(inactiveReason(only, 'https://mail.example.org/', now)).toBe('not-in-only-list');
    expect(inactiveReason({ ...only, disabledSites: ['*://forum.example.org/*'] }, url, now)).toBe('site-off');
  });

  it('pauses until the next local midnight for "until tomorrow"', () => {
    const evening = new Date(2026, 2, 10, 21, 30).getTime();
    expect(startOfTomorrow(evening)).toBe(new Date(2026, 2, 11, 0, 0).getTime());
  });
});
