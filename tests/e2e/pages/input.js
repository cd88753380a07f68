import { exposeEditor, mount } from './common.js';

const field = document.createElement('input');
field.type = 'text';
field.setAttribute('aria-label', 'Message');
mount('input type=text').append(field);

exposeEditor({
  name: 'input',
  editable: () => field,
  model: () => field.value,
  edit(find, repl) {
    const at = field.value.indexOf(find);
    field.setRangeText(repl, at, at + find.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  },
});
