// The analysis messages between a content script and the background: shapes and a guard, shared by both ends.
// Types only from the engine, so the content script never bundles compromise or the rules.
import type { AnalysisResult, AnalyzeOptions } from '../engine/types';

export type AnalysisMessage =
  /** Analyse `text` for one field (`field`: an id the content script chose, unique within its frame). */
  | { type: 'attune:analyze'; field: string; text: string; options: AnalyzeOptions }
  /** The field is gone: drop its analyzer. */
  | { type: 'attune:analysis-drop'; field: string }
  /** A field was focused: load the engine now (a stopped service worker restarts without it), before the typing pause. */
  | { type: 'attune:analysis-warm' };

export type AnalysisReply = { ok: true; result?: AnalysisResult } | { ok: false; error: string };

/**
 * Longest text sent: the engine checks only its first 100,000 characters (MAX_TEXT_LENGTH) and says the rest
 * was not checked, so anything longer than that behaves the same; a cap keeps a huge field's messages small.
 */
export const MAX_SENT_TEXT = 150_000;

/** Test build only: text containing this makes analysis throw, to check one field's failure stays in that field. */
export const TEST_ANALYSIS_FAULT = 'ATTUNE-TEST-FAULT-ANALYSIS';

const isField = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100;

/** Whether a raw runtime message is one of these (checked before the settings messages). */
export function isAnalysisMessage(raw: unknown): boolean {
  const type = (raw as { type?: unknown } | null)?.type;
  return type === 'attune:analyze' || type === 'attune:analysis-drop' || type === 'attune:analysis-warm';
}

/** Checks the shape of an incoming analysis message; anything else is refused. */
export function parseAnalysisMessage(raw: unknown): AnalysisMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (m.type === 'attune:analysis-warm') return { type: m.type };
  if (!isField(m.field)) return null;
  if (m.type === 'attune:analysis-drop') return { type: m.type, field: m.field };
  if (m.type !== 'attune:analyze' || typeof m.text !== 'string' || m.text.length > MAX_SENT_TEXT) return null;
  if (!m.options || typeof m.options !== 'object' || Array.isArray(m.options)) return null;
  return { type: m.type, field: m.field, text: m.text, options: m.options as AnalyzeOptions };
}
