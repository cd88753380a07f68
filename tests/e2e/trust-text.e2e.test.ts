// Trust, part 3: never losing text. Seeded random runs in a textarea, a plain contenteditable, Quill and Lexical:
// type, edit elsewhere through the editor, apply a suggestion from the keyboard card, undo. After every step the
// editor's OWN model must be exactly what we expect: an apply replaces exactly the analysed range, and only when
// that range still holds the analysed text; a real Ctrl+Z restores the text before the apply.
// Reproduce a failure with ATTUNE_TRUST_SEED=<seed printed in the test name>.
import { mulberry32 } from '../../scripts/mulberry32.mjs';
import { describe, expect, it } from 'vitest';
import { editorBrowser } from './editor-browser.ts';
import { waitForState } from './harness/attune-state.ts';
import type { BrowserKind } from './harness/browser.ts';
import { EDITOR_PAGES } from './harness/editors.ts';
import { FLAGGED_SENTENCES, sleep } from './trust-helpers.ts';

const EDITORS = ['textarea', 'contenteditable', 'quill', 'lexical'];
/** Iterations per editor and browser: modest, the whole e2e suite has a time limit. */
const ITERATIONS = 3;
const BASE_SEED = Number(process.env.ATTUNE_TRUST_SEED ?? 20261125);
// Editors merge undo steps that come close together (Quill 1000 ms): pause so the apply is a step of its own.
const UNDO_PAUSE_MS = 1_100;

type EditOp = 'none' | 'before-same-length' | 'before-longer' | 'after-longer';

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`trust: never losing text (${kind})`, () => {
    const tabs = editorBrowser(kind);

    EDITORS.forEach((name, editorIndex) => {
      const editor = EDITOR_PAGES.find((e) => e.name === name);
      if (!editor) throw new Error(`no editor page ${name}`);
      const seed = BASE_SEED + editorIndex;
      it(`${name}: type, edit elsewhere, apply, undo (${ITERATIONS} rounds, seed ${seed})`, { timeout: 150_000 }, async () => {
        const rand = mulberry32(seed);
        const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
        const s = await tabs.open(editor);
        await s.clickIntoField();
        const sentences = [...FLAGGED_SENTENCES].sort(() => rand() - 0.5).slice(0, ITERATIONS);
        const log: string[] = [];
        const fail = (what: string) => `${name} seed ${seed}: ${what}\nsteps:\n${log.join('\n')}`;

        for (const [round, sentence] of sentences.entries()) {
          // 1. Type at the end: a marker word and the flagged sentence, in random order.
          const marker = `Note${round}x`;
          const markerFirst = rand() < 0.5;
          await s.chord(['Control'], 'End');
          await s.type(markerFirst ? ` ${marker} ${sentence.text}` : ` ${sentence.text} ${marker}`);
          const finding = await s.waitForFinding(sentence.phrase, 10_000);
          const before = await s.model();
          const at = before.indexOf(finding.text);
          expect(at, fail(`"${finding.text}" in the model`)).toBeGreaterThanOrEqual(0);
          expect(before.indexOf(finding.text, at + 1), fail('the phrase is unique')).toBe(-1);
          log.push(
            `round ${round}: typed ${JSON.stringify(sentence.text)} marker ${markerFirst ? 'before' : 'after'}; model ${JSON.stringify(before)}`,
          );
          await sleep(UNDO_PAUSE_MS);

          // 2. Open the card from the keyboard with the caret inside the phrase; pick a suggestion.
          const visibleLength = before.replace(/\n+$/, '').length;
          await s.press('ArrowLeft', visibleLength - (at + 2));
          await s.chord(['Alt', 'Shift'], 'Enter');
          const card = await waitForState(
            s.hookFrame,
            'the keyboard card',
            (st) => (st.card?.open && st.card.text === finding.text ? st.card : null),
            5_000,
          );
          const choice = Math.floor(rand() * card.suggestions.length);
          const suggestion = card.suggestions[choice] as string;

          // 3. Maybe edit elsewhere through the editor itself while the card is open.
          const op: EditOp = pick(['none', 'before-same-length', 'before-longer', 'after-longer'] as const);
          let edited = before;
          const markerBefore = markerFirst;
          if (op !== 'none' && (op.startsWith('before') ? markerBefore : !markerBefore)) {
            const repl = op === 'before-same-length' ? marker.toUpperCase() : `${marker}-edited`;
            await s.editThroughEditor(marker, repl);
            edited = before.replace(marker, repl);
            await s.waitForModel(edited, fail(`after editing ${op}`));
            await sleep(UNDO_PAUSE_MS);
          }
          // 4. Apply. It goes ahead only if the analysed range still holds the analysed text.
          const stillThere = edited.slice(at, at + finding.text.length) === finding.text;
          const expected = stillThere ? edited.slice(0, at) + suggestion + edited.slice(at + finding.text.length) : edited;
          log.push(
            `  op ${op}, suggestion ${JSON.stringify(suggestion)}, ${stillThere ? 'applies' : 'stale'}; expect ${JSON.stringify(expected)}`,
          );
          // Click the suggestion (a click does not depend on where the editor's own update left the focus). If the
          // card closed because its phrase moved, there is nothing to click: nothing may change.
          const point = await s.suggestionPoint(suggestion);
          if (point) await s.page.mouse.click(point.x, point.y);
          else expect(stillThere, fail('the card closed although its phrase is still there')).toBe(false);
          await s.waitForModel(expected, fail('after clicking the suggestion'));
          await sleep(300);
          expect(await s.model(), fail('the model stays as expected')).toBe(expected);

          if (stillThere) {
            // 5. Undo restores the text from before the apply, exactly (the click may have left focus in the card).
            if (!(await s.fieldFocused())) await s.clickIntoField();
            await s.undo();
            await s.waitForModel(edited, fail('after Ctrl+Z'));
            log.push('  undo restored the text');
          } else {
            // A stale card reopens with a notice, or closed: close it and carry on typing.
            await s.press('Escape');
            if (!(await s.fieldFocused())) await s.clickIntoField();
          }
          await sleep(200);
        }
      });
    });
  });
}
