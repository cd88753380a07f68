import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { exposeEditor, mount } from './common.js';

const container = document.createElement('div');
container.style.cssText = 'width: 520px; height: 160px; border: 1px solid #888;';
mount('Quill 2').append(container);
const quill = new Quill(container, { placeholder: 'Write a reply…' });
const editable = container.querySelector('.ql-editor');
editable.style.font = '16px/22px "DejaVu Sans", sans-serif';
window.quill = quill;

exposeEditor({
  name: 'quill',
  editable: () => editable,
  model: () => quill.getText(),
  edit(find, repl) {
    const at = quill.getText().indexOf(find);
    quill.updateContents([{ retain: at }, { delete: find.length }, { insert: repl }], 'user');
  },
});
