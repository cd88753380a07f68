import { exposeEditor, findTextNode, mount } from './common.js';

// A contenteditable inside a same-origin srcdoc iframe: the extension's content script runs in the
// frame too (all_frames + match_about_blank) and publishes its test state on the frame's own <html>.
const frame = document.createElement('iframe');
frame.title = 'Message editor';
frame.style.cssText = 'width: 560px; height: 200px; border: 2px solid #444;';
frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
  body { margin: 8px; font: 16px/1.4 "DejaVu Sans", sans-serif; }
  #field { box-sizing: border-box; width: 520px; height: 160px; overflow: auto;
    font: 16px/22px "DejaVu Sans", sans-serif; border: 1px solid #888; padding: 6px 8px; }
</style></head><body><div id="field" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Message"></div></body></html>`;
mount('contenteditable in an iframe').append(frame);

frame.addEventListener('load', () => {
  const field = frame.contentDocument.getElementById('field');
  exposeEditor({
    name: 'iframe-contenteditable',
    inIframe: true,
    editable: () => field,
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the user typed; textContent drops them.
    model: () => field.innerText,
    edit(find, repl) {
      const { node, at } = findTextNode(field, find);
      node.replaceData(at, find.length, repl);
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
    },
  });
});
