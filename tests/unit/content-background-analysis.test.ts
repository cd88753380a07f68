// The background's analysis service: answers only Attune's own content scripts, keeps one analyzer per field in
// memory (bounded, dropped with the tab), and gives the same findings as the engine.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const { analyzerCount, forgetTabAnalyzers, handleAnalysis } = await import('../../src/settings/background-analysis');
const { MAX_SENT_TEXT, isAnalysisMessage, parseAnalysisMessage } = await import('../../src/settings/background-analysis-protocol');
const { MAX_TEXT_LENGTH, analyze } = await import('../../src/engine');

const tab = (id: number, frameId = 0) => ({ id: 'test-extension-id', tab: { id } as never, frameId });
const ask = (text: string, field = 'f1', options = {}) => ({ type: 'attune:analyze', field, text, options });

/** As the content script does: ask again while sentences are pending (each request has a time budget). */
async function analyseFully(text: string, field = 'f1', options = {}) {
  for (;;) {
    const reply = await handleAnalysis(ask(text, field, options), tab(1));
    if (!reply.ok || !reply.result) throw new Error(JSON.stringify(reply));
    if (!reply.result.pending) return reply.result;
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  for (let t = 1; t <= 100; t++) forgetTabAnalyzers(t);
});

describe('background analysis', () => {
  it('answers only our own content scripts, and only well-formed requests', async () => {
    expect(await handleAnalysis(ask('Just calm down.'), { id: 'someone-else', tab: { id: 1 } as never })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    // An extension page (no tab) is not a content script.
    expect(await handleAnalysis(ask('Just calm down.'), { id: 'test-extension-id' })).toEqual({ ok: false, error: 'no-tab' });
    expect(await handleAnalysis({ type: 'attune:analyze', field: 'f', text: 3, options: {} }, tab(1))).toEqual({
      ok: false,
      error: 'bad-message',
    });
    expect(await handleAnalysis(ask('x'.repeat(MAX_SENT_TEXT + 1)), tab(1))).toEqual({ ok: false, error: 'bad-message' });
    expect(await handleAnalysis({ type: 'attune:analysis-warm' }, { id: 'someone-else', tab: { id: 1 } as never })).toEqual({
      ok: false,
      error: 'foreign-sender',
    });
    expect(await handleAnalysis({ type: 'attune:analysis-warm' }, tab(1))).toEqual({ ok: true });
    expect(analyzerCount()).toBe(0);
  });

  it('gives the engine’s findings, with the options the content script sent', async () => {
    const text = 'Just calm down. At least you still have a job.';
    expect((await analyseFully(text)).findings).toEqual(analyze(text).findings);
    const only = await analyseFully(text, 'f1', { categories: ['minimizing'] });
    expect(only.findings.map((f) => f.category)).toEqual(['minimizing']);
  });

  it('a text capped at MAX_SENT_TEXT is analysed like the whole text (only the start is checked either way)', () => {
    expect(MAX_SENT_TEXT).toBeGreaterThan(MAX_TEXT_LENGTH);
  });

  it('keeps one analyzer per tab, frame and field, at most 32, and drops a closed tab’s', async () => {
    await handleAnalysis(ask('Calm down.', 'a'), tab(1, 0));
    await handleAnalysis(ask('Calm down.', 'a'), tab(1, 3));
    await handleAnalysis(ask('Calm down.', 'a'), tab(2, 0));
    await handleAnalysis(ask('Calm down.', 'a'), tab(2, 0));
    expect(analyzerCount()).toBe(3);
    forgetTabAnalyzers(1);
    expect(analyzerCount()).toBe(1);
    await handleAnalysis({ type: 'attune:analysis-drop', field: 'a' }, tab(2, 0));
    expect(analyzerCount()).toBe(0);
    for (let i = 0; i < 40; i++) await handleAnalysis(ask('Calm down.', `f${i}`), tab(3));
    expect(analyzerCount()).toBe(32);
  });

  it('recognises its own messages and nothing else', () => {
    expect(isAnalysisMessage({ type: 'attune:analyze' })).toBe(true);
    expect(isAnalysisMessage({ type: 'attune:stat' })).toBe(false);
    expect(isAnalysisMessage(null)).toBe(false);
    expect(parseAnalysisMessage({ type: 'attune:analysis-warm' })).toEqual({ type: 'attune:analysis-warm' });
    expect(parseAnalysisMessage({ type: 'attune:analyze', field: '', text: 'x', options: {} })).toBeNull();
    expect(parseAnalysisMessage({ type: 'attune:analyze', field: 'f', text: 'x', options: [] })).toBeNull();
  });
});
