// Which fields are watched (issue #18, item 7), in Chromium and Firefox with the test build: sensitive fields
// (autocomplete cc-*, one-time-code, passwords shown as text, username) and data-attune="off" never are; a field
// marked data-gramm="false" (Quill 1 marks every editor so) is. Each field gets a flagged phrase typed into it,
// then a plain textarea typed last proves the content script was running all along.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readState, waitForHook } from './harness/attune-state.ts';
import { type BrowserKind, launchWithExtension } from './harness/browser.ts';
import { type PageServer, servePages } from './harness/server.ts';
import { PAGES_SRC, focus, sleep, until } from './trust-helpers.ts';

const PHRASE = 'Just calm down, it is not a big deal';
const NEVER_WATCHED = ['cc-number', 'cc-csc', 'otp', 'shown-password', 'new-password', 'username', 'opted-out'];

for (const kind of ['chromium', 'firefox'] as BrowserKind[]) {
  describe(`fields Attune watches (${kind})`, () => {
    let browser: Browser;
    let server: PageServer;
    let page: Page;

    beforeAll(async () => {
      const { extensions } = inject('attuneE2E');
      server = await servePages(PAGES_SRC);
      browser = await launchWithExtension(kind, extensions[kind]);
      page = await browser.newPage();
      await page.goto(`${server.origin}/fields.html`, { waitUntil: 'load' });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    const watchedIds = async () => ((await readState(page.mainFrame()))?.fields ?? []).filter((f) => f.findings.length).map((f) => f.id);

    it('never reads sensitive or opted-out fields, and does read a data-gramm="false" editor', async () => {
      for (const id of NEVER_WATCHED) {
        await focus(page, `#${id}`);
        await page.keyboard.type(PHRASE);
      }
      await focus(page, '#gramm');
      await page.keyboard.type(PHRASE);
      await waitForHook(page.mainFrame());
      await until('a finding in the data-gramm="false" editor', async () => (await watchedIds()).includes('gramm'), 10_000);
      await focus(page, '#reply');
      await page.keyboard.type(PHRASE);
      await until('a finding in the plain textarea', async () => (await watchedIds()).includes('reply'), 10_000);
      await sleep(500);
      const fields = (await readState(page.mainFrame()))?.fields ?? [];
      expect(fields.map((f) => f.id).sort()).toEqual(['gramm', 'reply']);
    });
  });
}
