import { $getRoot, createEditor } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { exposeEditor, mount } from './common.js';

const field = document.createElement('div');
field.className = 'field';
field.contentEditable = 'true';
field.setAttribute('aria-label', 'Message');
mount('Lexical').append(field);

const editor = createEditor({
  namespace: 'attune-e2e',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(field);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
window.lexicalEditor = editor;

exposeEditor({
  name: 'lexical',
  editable: () => field,
  model: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  edit(find, repl) {
    editor.update(
      () => {
        const node = $getRoot()
          .getAllTextNodes()
          .find((n) => n.getTextContent().includes(find));
        if (!node) throw new Error(`"${find}" not in the Lexical document`);
        node.spliceText(node.getTextContent().indexOf(find), find.length, repl);
      },
      { discrete: true },
    );
  },
});
