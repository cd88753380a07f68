import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeEditor, mount } from './common.js';

const host = document.createElement('div');
mount('ProseMirror (Tiptap)').append(host);
const editor = new Editor({
  element: host,
  extensions: [StarterKit],
  content: '',
  editorProps: { attributes: { class: 'field', 'aria-label': 'Message' } },
});
window.tiptapEditor = editor;

exposeEditor({
  name: 'tiptap',
  editable: () => editor.view.dom,
  model: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n'),
  edit(find, repl) {
    let from = -1;
    editor.state.doc.descendants((node, pos) => {
      if (from >= 0 || !node.isText) return from < 0;
      const at = node.text.indexOf(find);
      if (at >= 0) from = pos + at;
      return false;
    });
    if (from < 0) throw new Error(`"${find}" not in the ProseMirror document`);
    editor.view.dispatch(editor.state.tr.insertText(repl, from, from + find.length));
  },
});
