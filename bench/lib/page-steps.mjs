// Small puppeteer steps the Chromium benches share.
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the page's main thread has had an idle period (a long analysis task would delay it). */
export async function settle(page, rounds = 3) {
  for (let i = 0; i < rounds; i++) {
    await sleep(300);
    await page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 30000 })));
  }
}

/** Focuses a field with the caret at its end (a textarea, or a contenteditable). */
export async function focusEnd(page, selector) {
  await page.focus(selector);
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(el.value.length, el.value.length);
    else {
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
  }, selector);
}

/** Puts text in a field as a paste would (value + input event), so the extension analyses it. */
export async function prefill(page, selector, text) {
  await page.evaluate(
    (sel, t) => {
      const el = document.querySelector(sel);
      if (el instanceof HTMLTextAreaElement) el.value = t;
      else el.textContent = t;
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    selector,
    text,
  );
}
