// Bench pages. The idle page is an ordinary article (no editable field anywhere); the typing page has
// one textarea and one contenteditable, sized like a reply box.
import { messages } from './corpus.mjs';

const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

export function idlePage() {
  const paras = messages()
    .slice(0, 60)
    .map((m, i) => (i % 10 === 0 ? `<h2>Thread ${i / 10 + 1}</h2>` : '') + `<p>${esc(m)}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Idle page</title></head>
<body><main><h1>A forum thread, read only</h1>${paras.join('\n')}<a href="#top">Back to top</a></main></body></html>`;
}

export function typingPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Typing page</title>
<style>textarea,#ce{display:block;width:640px;height:320px;margin:12px;font:15px/1.4 sans-serif;border:1px solid #888;overflow:auto}</style></head>
<body><label for="ta">Reply</label><textarea id="ta"></textarea>
<div id="ce" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Reply (rich)"></div></body></html>`;
}
