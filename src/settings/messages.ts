// Runtime messages between the content script, popup and background. Types and a guard shared by
// both ends, so a typo in a message type is a compile error rather than a silent no-op.
import { CATEGORIES, type Category } from '../engine/types';
import type { StatEvent } from './stats';

export type AttuneMessage =
  | { type: 'attune:ignore-phrase'; phrase: string }
  | { type: 'attune:disable-category'; category: Category }
  | { type: 'attune:open-options' }
  | { type: 'attune:stat'; category: Category; event: StatEvent }
  /** From the content script: nudges in the focused field of this tab (0 when none or no field). */
  | { type: 'attune:count'; count: number }
  /** From the popup: how many nudges the focused field of `tabId` has. */
  | { type: 'attune:get-count'; tabId: number };

export type AttuneReply = { ok: true; count?: number } | { ok: false; error: string };

/** Longest phrase accepted into the ignore list: a phrase, not a pasted message. */
export const MAX_IGNORED_PHRASE = 200;

const isCategory = (v: unknown): v is Category => (CATEGORIES as readonly unknown[]).includes(v);

/** Checks the shape of an incoming message; anything else is ignored. */
export function parseMessage(raw: unknown): AttuneMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'attune:ignore-phrase':
      return typeof m.phrase === 'string' && m.phrase.trim() && m.phrase.length <= MAX_IGNORED_PHRASE
        ? { type: m.type, phrase: m.phrase.trim() }
        : null;
    case 'attune:disable-category':
      return isCategory(m.category) ? { type: m.type, category: m.category } : null;
    case 'attune:open-options':
      return { type: m.type };
    case 'attune:stat':
      return isCategory(m.category) && (m.event === 'shown' || m.event === 'accepted')
        ? { type: m.type, category: m.category, event: m.event }
        : null;
    case 'attune:count':
      return typeof m.count === 'number' && Number.isInteger(m.count) && m.count >= 0 ? { type: m.type, count: m.count } : null;
    case 'attune:get-count':
      return typeof m.tabId === 'number' ? { type: m.type, tabId: m.tabId } : null;
    default:
      return null;
  }
}
