// A small matcher for WebExtension match patterns (scheme://host/path), the format users already
// know from extension settings. Own code rather than a transitive dependency of WXT, and it gives
// the options page a reason when a pattern is wrong.

/** `error` is a key in public/_locales/<lang>/messages.json; `detail` fills its $1. */
export type PatternCheck = { ok: true; pattern: string } | { ok: false; error: PatternError; detail?: string };
export type PatternError =
  | 'patternEmpty'
  | 'patternShape'
  | 'patternScheme'
  | 'patternFileHost'
  | 'patternNoHost'
  | 'patternHostStar'
  | 'patternBadHost';

const SCHEMES = ['*', 'http', 'https', 'file', 'ftp', 'ws', 'wss'];
const PATTERN = /^([^:/]+):\/\/([^/]*)(\/.*)$/;

/** Parses and validates a match pattern; the error says what is wrong in plain words. */
export function checkMatchPattern(input: string): PatternCheck {
  const pattern = input.trim();
  if (pattern === '<all_urls>') return { ok: true, pattern };
  if (!pattern) return { ok: false, error: 'patternEmpty' };
  const m = PATTERN.exec(pattern);
  if (!m) return { ok: false, error: 'patternShape' };
  const [, scheme = '', host = ''] = m;
  if (!SCHEMES.includes(scheme)) return { ok: false, error: 'patternScheme', detail: scheme };
  if (scheme === 'file') return host === '' ? { ok: true, pattern } : { ok: false, error: 'patternFileHost' };
  if (!host) return { ok: false, error: 'patternNoHost' };
  if (host !== '*') {
    const name = host.startsWith('*.') ? host.slice(2) : host;
    if (name.includes('*')) return { ok: false, error: 'patternHostStar' };
    if (!/^[a-z0-9.-]+(:\d+)?$/i.test(name) && !/^\[[0-9a-f:]+\](:\d+)?$/i.test(name)) {
      return { ok: false, error: 'patternBadHost', detail: host };
    }
  }
  return { ok: true, pattern };
}

/**
 * Turns what a person types into a match pattern: "example.org" becomes "*://example.org/*",
 * "*.example.org" becomes "*://*.example.org/*", a full URL becomes its site.
 */
export function normalizeSitePattern(input: string): PatternCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'patternEmpty' };
  if (text === '<all_urls>' || /^[^:/]+:\/\/[^/]*\/.*$/.test(text)) return checkMatchPattern(text);
  if (/^https?:\/\/[^/]+$/i.test(text)) return checkMatchPattern(`${text}/*`);
  if (/^[^:/\s]+$/.test(text)) return checkMatchPattern(`*://${text.toLowerCase()}/*`);
  return checkMatchPattern(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${escapeRegExp(glob).replace(/\*/g, '.*')}$`);
}

/** Whether `url` is covered by the match pattern; invalid patterns and URLs match nothing. */
export function matchesPattern(pattern: string, url: string): boolean {
  if (!checkMatchPattern(pattern).ok) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (pattern.trim() === '<all_urls>') return SCHEMES.includes(scheme) && scheme !== '*';
  const [, pScheme = '', pHost = '', pPath = ''] = PATTERN.exec(pattern.trim()) ?? [];
  if (pScheme === '*' ? scheme !== 'http' && scheme !== 'https' : pScheme !== scheme) return false;
  if (pScheme !== 'file') {
    // Ports in the URL are ignored unless the pattern names one, as browsers do.
    const hostPattern = pHost.toLowerCase();
    const hasPort = /:\d+$/.test(hostPattern) && !hostPattern.endsWith(']');
    const host = hasPort ? parsed.host.toLowerCase() : parsed.hostname.toLowerCase();
    if (hostPattern !== '*') {
      if (hostPattern.startsWith('*.')) {
        const base = hostPattern.slice(2);
        if (host !== base && !host.endsWith(`.${base}`)) return false;
      } else if (host !== hostPattern) return false;
    }
  }
  return globToRegExp(pPath).test(parsed.pathname + parsed.search);
}

export function matchesAny(patterns: readonly string[], url: string): boolean {
  return patterns.some((p) => matchesPattern(p, url));
}

/** The pattern the popup adds for "this site": every page of the current host. */
export function sitePatternForUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return `*://${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/** Attune only runs in web pages; browser and extension pages are out of reach. */
export function isWebUrl(url: string): boolean {
  return /^(https?|file):/i.test(url);
}
