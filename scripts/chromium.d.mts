import type { Browser } from 'puppeteer-core';

/** The Chromium binary: ATTUNE_CHROMIUM, else Debian's /usr/bin/chromium. */
export declare const CHROMIUM: string;

export interface ChromiumOptions {
  /** The unpacked extension to load (a chrome-mv3 build); none when omitted. */
  extDir?: string;
  /** Default true. */
  headless?: boolean;
  /** The window size (--window-size); default 1000×800. */
  window?: { width: number; height: number };
  /** puppeteer's default viewport; default the window size. */
  viewport?: { width: number; height: number };
}

export declare function launchChromium(options?: ChromiumOptions): Promise<Browser>;
