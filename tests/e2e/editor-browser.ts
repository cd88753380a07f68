// One browser for a describe block that drives the editor pages: shared by editor-suite.ts and the trust tests.
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { type BrowserKind, launchWithExtension } from './harness/browser.ts';
import { EditorSession } from './harness/editor-session.ts';
import type { EditorPage } from './harness/editors.ts';
import { type PageServer, servePages } from './harness/server.ts';

/**
 * Call inside a describe(): before its tests, serves the bundled editor pages and launches `kind` with the test
 * build; after them, closes both. `open` opens an editor page in a new tab, which is closed after the test.
 */
export function editorBrowser(kind: BrowserKind): { open(editor: EditorPage): Promise<EditorSession> } {
  let browser: Browser;
  let server: PageServer;
  let session: EditorSession | undefined;

  beforeAll(async () => {
    const { pagesDir, extensions } = inject('attuneE2E');
    server = await servePages(pagesDir);
    browser = await launchWithExtension(kind, extensions[kind]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  return {
    async open(editor) {
      session = await EditorSession.open(browser, server.url(editor.name), editor);
      return session;
    },
  };
}
