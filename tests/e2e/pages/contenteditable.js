import { exposeEditor, findTextNode, mount } from './common.js';

const field = document.createElement('div');
field.className = 'field';
field.contentEditable = 'true';
field.setAttribute('role', 'textbox');
field.setAttribute('aria-multiline', 'true');
field.setAttribute('aria-label', 'Message');
mount('contenteditable').append(field);

exposeEditor({
  name: 'contenteditable',
  editable: () => field,
  // No model but the DOM itself: innerText is what the user sees, with line breaks.
  // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line breaks the user typed; textContent drops them.
  model: () => field.innerText,
  edit(find, repl) {
    const { node, at } = findTextNode(field, find);
    node.replaceData(at, find.length, repl);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  },
});
