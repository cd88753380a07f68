import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createEditor, Node, Transforms } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { exposeEditor, mount } from './common.js';

const editor = withHistory(withReact(createEditor()));
window.slateEditor = editor;
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }];

function Composer() {
  const [value] = useState(initialValue);
  return (
    <Slate editor={editor} initialValue={value}>
      <Editable className="field" aria-label="Message" placeholder="Write a reply…" />
    </Slate>
  );
}

const root = createRoot(mount('Slate'));
flushSync(() => root.render(<Composer />));

exposeEditor({
  name: 'slate',
  editable: () => document.querySelector('[data-slate-editor]'),
  model: () => editor.children.map((n) => Node.string(n)).join('\n'),
  edit(find, repl) {
    for (const [node, path] of Node.texts(editor)) {
      const at = node.text.indexOf(find);
      if (at < 0) continue;
      Transforms.insertText(editor, repl, {
        at: { anchor: { path, offset: at }, focus: { path, offset: at + find.length } },
      });
      return;
    }
    throw new Error(`"${find}" not in the Slate document`);
  },
});
