// `npm run demo`: builds the extension, serves the demo page on 127.0.0.1, opens it in Debian
// Chromium with Attune loaded (headed when a display exists, else headless), types realistic drafts
// into a chat box and a forum editor, opens the card, saves screenshots under demo/ (with the options
// page) and prints the
// findings. Uses the test flavour of the build (ATTUNE_TEST=1), which only adds a read-out of the
// overlay state so this script can print what the extension found; it looks and behaves the same.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.output', 'demo');
const shots = join(root, 'demo');

execFileSync(process.execPath, ['scripts/ensure-browsers.mjs'], { cwd: root, stdio: 'inherit' });
console.log('Building the extension…');
execFileSync(process.execPath, ['scripts/build-extension.mjs', 'chrome', outDir, '--test'], { cwd: root, stdio: 'inherit' });

const page = readFileSync(join(root, 'demo/site/index.html'));
const server = createServer((req, res) => {
  res.writeHead(req.url === '/' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' ? page : 'not found');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const headless = !process.env.DISPLAY;
const browser = await launchChromium({
  extDir: join(outDir, 'chrome'),
  headless,
  window: { width: 1200, height: 760 },
  viewport: { width: 1200, height: 700 },
});

const state = (tab) => tab.evaluate(() => JSON.parse(document.documentElement.dataset.attuneTest ?? '{"fields":[]}'));
async function waitForFindings(tab, tag) {
  await tab.waitForFunction(
    (t) =>
      JSON.parse(document.documentElement.dataset.attuneTest ?? '{"fields":[]}').fields.some((f) => f.tag === t && f.findings.length > 0),
    { timeout: 20_000 },
    tag,
  );
  await new Promise((r) => setTimeout(r, 400)); // let the underline frame paint
  return (await state(tab)).fields.find((f) => f.tag === tag);
}

function printFindings(label, draft, field) {
  console.log(`\n${label}: "${draft}"`);
  for (const f of field.findings)
    console.log(`  ${f.category.padEnd(18)} "${f.text}"  -> ${f.suggestions.map((s) => `"${s}"`).join(' | ')}`);
  if (field.nudge) console.log('  (message-level nudge: the reply advises without showing empathy first)');
}

try {
  mkdirSync(shots, { recursive: true });
  const tab = await browser.newPage();
  await tab.goto(url);

  const chatDraft = 'I hear you, but you need to calm down. At least you still have your health. Did that make you sad?';
  await tab.click('#chat');
  await tab.keyboard.type(chatDraft, { delay: 5 });
  const chat = await waitForFindings(tab, 'textarea');
  await tab.screenshot({ path: join(shots, 'chat-underlines.png') });
  printFindings('Chat draft', chatDraft, chat);

  // Open the card from the keyboard for the finding before the caret, as a user would.
  await tab.keyboard.down('Alt');
  await tab.keyboard.down('Shift');
  await tab.keyboard.press('Enter');
  await tab.keyboard.up('Shift');
  await tab.keyboard.up('Alt');
  await tab.waitForFunction(() => JSON.parse(document.documentElement.dataset.attuneTest ?? '{}').card?.open === true, { timeout: 10_000 });
  await tab.screenshot({ path: join(shots, 'chat-card.png') });
  const card = (await state(tab)).card;
  console.log(`\nCard opened for "${card.text}": ${card.message}\n  suggestions: ${card.suggestions.join(' | ')}`);
  await tab.keyboard.press('Enter');
  await tab.waitForFunction((before) => document.querySelector('#chat').value !== before, { timeout: 10_000 }, chatDraft);
  console.log(`  applied → "${await tab.$eval('#chat', (t) => t.value)}"`);

  const forumDraft = 'Honestly you should just see a doctor. Everything happens for a reason, so look on the bright side.';
  await tab.click('#forum');
  await tab.keyboard.type(forumDraft, { delay: 5 });
  const forum = await waitForFindings(tab, 'div');
  await tab.screenshot({ path: join(shots, 'forum-underlines.png') });
  printFindings('Forum reply', forumDraft, forum);

  // The options page, as a volunteer sees it after installing.
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
    timeout: 20_000,
  });
  const extensionId = new URL(worker.url()).host;
  const options = await browser.newPage();
  await options.setViewport({ width: 1000, height: 1400 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('#category-list li', { timeout: 20_000 });
  await options.screenshot({ path: join(shots, 'options.png') });

  console.log(
    `\nScreenshots: ${['chat-underlines.png', 'chat-card.png', 'forum-underlines.png', 'options.png'].map((f) => join('demo', f)).join(', ')}`,
  );
} finally {
  await browser.close();
  server.close();
}
