import { exposeEditor, mount } from './common.js';

const field = document.createElement('textarea');
field.setAttribute('aria-label', 'Message');
mount('textarea').append(field);

exposeEditor({
  name: 'textarea',
  editable: () => field,
  model: () => field.value,
  edit(find, repl) {
    const at = field.value.indexOf(find);
    field.setRangeText(repl, at, at + find.length);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  },
});
