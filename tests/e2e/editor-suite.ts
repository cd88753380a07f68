// The end-to-end behaviour every editor page must show, in one browser. Each *.e2e.test.ts file calls
// describeEditors() for its browser; one browser per file, a new tab per test.
import { describe, expect, it } from 'vitest';
import { editorBrowser } from './editor-browser.ts';
import { type HookCard, type HookFinding, waitForState } from './harness/attune-state.ts';
import type { BrowserKind } from './harness/browser.ts';
import type { EditorSession } from './harness/editor-session.ts';
import { EDITOR_PAGES, type EditorPage } from './harness/editors.ts';
import { centre, outsideOf, underlineMismatch } from './harness/geometry.ts';

export const MESSAGE = 'I hear you. Just calm down, it is not a big deal.';
/** The finding under test; other findings in MESSAGE (if the rules flag more) are left alone. */
export const FLAGGED = /calm down/i;
/** A neutral rewrite made through the editor while the card is open, to make its suggestion stale. */
const STALE_EDIT = 'talk it through';
// Editors merge undo steps that come close together (Quill within 1000 ms, Lexical 300 ms); a person
// pauses between typing and reading the card, so the apply gets its own undo step.
const UNDO_PAUSE_MS = 1_100;

// ATTUNE_E2E_DEBUG=1 prints what each test saw (findings, cards, expected texts).
const debug = (...args: unknown[]) => {
  if (process.env.ATTUNE_E2E_DEBUG === '1') console.log(...args);
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The model text with exactly the finding's range replaced. The message is one paragraph, so the
 * extension's offsets are offsets into the model's text too; check that before trusting them.
 */
export function withRangeReplaced(model: string, finding: HookFinding, repl: string): string {
  expect(model.slice(finding.start, finding.end), `the finding's [${finding.start}, ${finding.end}) in the model`).toBe(finding.text);
  return model.slice(0, finding.start) + repl + model.slice(finding.end);
}

/** `text` with its only occurrence of `find` replaced; fails if `find` is missing or ambiguous. */
export function replaceOnly(text: string, find: string, repl: string): string {
  const at = text.indexOf(find);
  expect(at, `"${find}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(find, at + 1), `"${find}" occurs once in ${JSON.stringify(text)}`).toBe(-1);
  return text.slice(0, at) + repl + text.slice(at + find.length);
}

/** Waits until the finding's underline lies on the phrase as the page draws it now. */
async function expectUnderlineOnPhrase(s: EditorSession, timeout = 4_000): Promise<HookFinding> {
  const deadline = Date.now() + timeout;
  let problem = '';
  for (;;) {
    const finding = await s.waitForFinding(FLAGGED, Math.max(deadline - Date.now(), 500));
    const phrase = await s.phraseRects(finding.text);
    const mismatch = underlineMismatch(finding.rects, phrase);
    if (!mismatch) {
      debug(s.editor.name, 'underline', JSON.stringify(finding.rects), 'phrase', JSON.stringify(phrase));
      const outside = outsideOf(await s.fieldRect(), finding.rects);
      if (outside.length === 0) return finding;
      problem = `underline rects outside the field's box: ${JSON.stringify(outside)}`;
    } else {
      problem = mismatch;
    }
    if (Date.now() > deadline) throw new Error(`${s.editor.name}: underline for "${finding.text}": ${problem}`);
    await sleep(100);
  }
}

function waitForCard(s: EditorSession, finding: HookFinding, timeout: number): Promise<HookCard> {
  return waitForState(
    s.hookFrame,
    `the card for "${finding.text}" (${finding.rule})`,
    (st) => (st.card?.open && st.card.rule === finding.rule && st.card.text === finding.text ? st.card : null),
    timeout,
  );
}

/** Hover the underline; if hovering alone does not open the card, click it. */
async function openCardByMouse(s: EditorSession, finding: HookFinding): Promise<HookCard> {
  const first = finding.rects[0];
  if (!first) throw new Error('finding without rects');
  const c = centre(first);
  const point = await s.toPagePoint(c.x, c.y);
  await s.page.mouse.move(point.x, point.y, { steps: 3 });
  const hovered = await waitForCard(s, finding, 1_500).catch(() => null);
  if (hovered) return hovered;
  await s.page.mouse.click(point.x, point.y);
  return waitForCard(s, finding, 3_000);
}

/** Puts the caret inside the flagged phrase with arrow keys and opens the card with Alt+Shift+Enter. */
async function openCardByKeyboard(s: EditorSession, finding: HookFinding): Promise<HookCard> {
  const inside = MESSAGE.indexOf(finding.text) + 2;
  await s.press('ArrowLeft', MESSAGE.length - inside);
  await s.chord(['Alt', 'Shift'], 'Enter');
  return waitForCard(s, finding, 3_000);
}

async function typeMessage(s: EditorSession, text = MESSAGE): Promise<HookFinding> {
  await s.clickIntoField();
  await s.type(text);
  return s.waitForFinding(FLAGGED);
}

async function appliedCount(s: EditorSession): Promise<number> {
  return (await s.state())?.applied ?? 0;
}

export function describeEditors(kind: BrowserKind, pages: readonly EditorPage[] = EDITOR_PAGES): void {
  describe(`${kind}`, () => {
    const tabs = editorBrowser(kind);

    // If the extension never publishes its hook, say so once and fail the rest fast instead of
    // waiting out the same timeout in every test.
    let hookMissing: Error | null = null;
    const open = async (editor: EditorPage) => {
      if (hookMissing) throw hookMissing;
      try {
        return await tabs.open(editor);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('no test hook')) hookMissing = error;
        throw error;
      }
    };

    // The harness's own measuring: the textarea/input mirror must put a phrase where the browser draws
    // it, judged against a contenteditable with the same box and font (no mirror involved there).
    describe('harness: text-control mirror', () => {
      const rectsAfterTyping = async (name: string, text: string) => {
        const editor = EDITOR_PAGES.find((p) => p.name === name);
        if (!editor) throw new Error(`no page ${name}`);
        const s = await open(editor);
        await s.clickIntoField();
        await s.type(text);
        const rects = await s.phraseRects('calm down');
        await s.close();
        return rects;
      };

      it('puts a phrase in a textarea where a same-styled contenteditable draws it', async () => {
        const text = 'I hear you.\nJust calm down, it is not a big deal.';
        const inTextarea = await rectsAfterTyping('textarea', text);
        const inEditable = await rectsAfterTyping('contenteditable', text);
        expect(inTextarea).toHaveLength(1);
        expect(underlineMismatch(inTextarea, inEditable, 1)).toBeNull();
      });

      it('puts a phrase in an input at the same x and width as in a textarea', async () => {
        const [inInput] = await rectsAfterTyping('input', MESSAGE);
        const [inTextarea] = await rectsAfterTyping('textarea', MESSAGE);
        expect(Math.abs((inInput?.x ?? -99) - (inTextarea?.x ?? 99))).toBeLessThanOrEqual(1);
        expect(Math.abs((inInput?.width ?? -99) - (inTextarea?.width ?? 99))).toBeLessThanOrEqual(1);
      });
    });

    for (const editor of pages) {
      describe(editor.name, () => {
        it('underlines the flagged phrase where the page draws it', async () => {
          const s = await open(editor);
          await s.clickIntoField();
          await s.type(MESSAGE);
          const finding = await expectUnderlineOnPhrase(s);
          expect(await s.model()).toContain(finding.text);
        });

        it('keeps the underline on the phrase when the field scrolls', async () => {
          const s = await open(editor);
          await s.clickIntoField();
          // Enough lines (or, in a one-line input, enough words) before the message that the field scrolls;
          // trailing lines keep the phrase visible after scrolling back a little.
          await s.type(editor.multiline ? `${'\n'.repeat(12)}${MESSAGE}${'\n'.repeat(4)}` : `${'Okay. '.repeat(8)}${MESSAGE}`);
          // Let the editor finish scrolling the caret into view (Firefox may do it a frame later and would
          // undo our scroll below), so wait until the scroll position holds still.
          let scrolled = await s.scrollPosition();
          for (let settled = false; !settled; ) {
            await sleep(150);
            const now = await s.scrollPosition();
            settled = now.top === scrolled.top && now.left === scrolled.left;
            scrolled = now;
          }
          expect(editor.multiline ? scrolled.top : scrolled.left, 'the field scrolled while typing').toBeGreaterThan(0);
          await expectUnderlineOnPhrase(s);

          const after = editor.multiline ? await s.scrollField(-44) : await s.scrollField(0, -60);
          expect(after, 'the test scrolled the field').not.toEqual(scrolled);
          await expectUnderlineOnPhrase(s);
        });

        it('opens the card by mouse, applies the first suggestion by click, and a real Ctrl+Z restores the text', async () => {
          const s = await open(editor);
          const finding = await typeMessage(s);
          const original = await s.model();
          await sleep(UNDO_PAUSE_MS);
          const card = await openCardByMouse(s, finding);
          const suggestion = card.suggestions[0];
          expect(suggestion, 'the card offers a suggestion').toBeTruthy();
          const expected = withRangeReplaced(original, finding, suggestion as string);
          const before = await appliedCount(s);
          debug(s.editor.name, 'mouse card', JSON.stringify(card), 'expected', JSON.stringify(expected));

          const point = await s.suggestionPoint(suggestion as string);
          if (!point) throw new Error(`no visible button/option labelled "${suggestion}" in the card (open shadow DOM searched)`);
          await s.page.mouse.click(point.x, point.y);
          await s.waitForModel(expected, 'after clicking the first suggestion');
          await waitForState(s.hookFrame, 'applied to count the apply', (st) => st.applied === before + 1);

          // Clicking the card may leave focus on it; Ctrl+Z belongs in the editor.
          if (!(await s.fieldFocused())) await s.clickIntoField();
          await sleep(100);
          await s.undo();
          await s.waitForModel(original, 'after Ctrl+Z');
        });

        it('opens the card with Alt+Shift+Enter, applies the first suggestion with Enter, and a real Ctrl+Z restores the text', async () => {
          const s = await open(editor);
          const finding = await typeMessage(s);
          const original = await s.model();
          await sleep(UNDO_PAUSE_MS);
          const card = await openCardByKeyboard(s, finding);
          expect(card.focusedIndex, 'the keyboard-opened card focuses its first suggestion').toBe(0);
          const suggestion = card.suggestions[0] as string;
          expect(suggestion, 'the card offers a suggestion').toBeTruthy();
          const expected = withRangeReplaced(original, finding, suggestion);
          const before = await appliedCount(s);
          debug(s.editor.name, 'keyboard card', JSON.stringify(card), 'expected', JSON.stringify(expected));

          await s.press('Enter');
          await s.waitForModel(expected, 'after Enter on the first suggestion');
          await waitForState(s.hookFrame, 'applied to count the apply', (st) => st.applied === before + 1);
          expect(await s.fieldFocused(), 'keyboard focus is back in the field after applying').toBe(true);

          await sleep(100);
          await s.undo();
          await s.waitForModel(original, 'after Ctrl+Z');
        });

        it('does not apply a suggestion that went stale while the card was open', async () => {
          const s = await open(editor);
          const finding = await typeMessage(s);
          const original = await s.model();
          const card = await openCardByKeyboard(s, finding);
          const suggestion = card.suggestions[0] as string;
          const before = await appliedCount(s);

          // Change the flagged words through the editor itself, then press Enter on the still-open card
          // before the extension has necessarily re-analysed.
          await s.editThroughEditor(finding.text, STALE_EDIT);
          const edited = replaceOnly(original, finding.text, STALE_EDIT);
          await s.press('Enter');
          await sleep(500);

          const model = await s.model();
          debug(s.editor.name, 'stale', JSON.stringify({ edited, model, state: await s.state() }));
          // If the card had closed, Enter may have reached the editor as a line break: that is not an apply.
          expect(model.replace(/\n/g, ''), 'the text is as edited, suggestion not applied').toBe(edited.replace(/\n/g, ''));
          if (!edited.includes(suggestion)) expect(model).not.toContain(suggestion);
          expect(await appliedCount(s), 'no apply counted').toBe(before);
        });
      });
    }
  });
}
