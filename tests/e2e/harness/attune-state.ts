// Reads the extension's test hook: in ATTUNE_TEST builds the content script publishes its state as JSON
// on document.documentElement.dataset.attuneTest (on the iframe's own <html> for fields in iframes).
import type { Frame } from 'puppeteer-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface HookFinding {
  rule: string;
  category: string;
  start: number;
  end: number;
  text: string;
  suggestions: string[];
  rects: Rect[];
}

export interface HookField {
  index: number;
  tag: string;
  id: string | null;
  findings: HookFinding[];
  nudge: boolean;
}

export interface HookCard {
  open: true;
  rule: string;
  text: string;
  suggestions: string[];
  focusedIndex: number;
  message: string;
  notice?: string | null;
}

export interface AttuneState {
  fields: HookField[];
  card: HookCard | null;
  applied: number;
}

export async function readState(frame: Frame): Promise<AttuneState | null> {
  const raw = await frame.evaluate(() => document.documentElement.dataset.attuneTest ?? null);
  return raw === null ? null : (JSON.parse(raw) as AttuneState);
}

/** Waits for the content script to publish its state at all (it runs at document_idle). */
export async function waitForHook(frame: Frame, timeout = 10_000): Promise<void> {
  try {
    await frame.waitForFunction(() => document.documentElement.dataset.attuneTest !== undefined, { timeout, polling: 100 });
  } catch {
    throw new Error(
      `no test hook (document.documentElement.dataset.attuneTest) on ${frame.url()} after ${timeout} ms: ` +
        'is the content script running, and was it built with ATTUNE_TEST=1?',
    );
  }
}

// Polled from Node rather than with waitForFunction so a timeout can report the last state it saw.
export async function waitForState<T>(
  frame: Frame,
  what: string,
  pick: (state: AttuneState) => T | undefined | null | false,
  timeout = 5_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: AttuneState | null = null;
  for (;;) {
    last = await readState(frame);
    const picked = last && pick(last);
    if (picked) return picked;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last state: ${JSON.stringify(last)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function allFindings(state: AttuneState): HookFinding[] {
  return state.fields.flatMap((field) => field.findings);
}
