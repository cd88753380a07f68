import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Editor, EditorState, Modifier, SelectionState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { exposeEditor, mount } from './common.js';

let current = { editorState: EditorState.createEmpty(), setEditorState: (_s) => {} };

function Composer() {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  current = { editorState, setEditorState };
  return (
    <div className="draft-box">
      <Editor editorState={editorState} onChange={setEditorState} ariaLabel="Message" placeholder="Write a reply…" />
    </div>
  );
}

const style = document.createElement('style');
style.textContent = `.draft-box .public-DraftEditor-content { box-sizing: border-box; width: 520px; height: 160px;
  overflow: auto; font: 16px/22px "DejaVu Sans", sans-serif; border: 1px solid #888; padding: 6px 8px; }`;
document.head.append(style);

const root = createRoot(mount('Draft.js'));
flushSync(() => root.render(<Composer />));

exposeEditor({
  name: 'draft',
  editable: () => document.querySelector('.public-DraftEditor-content'),
  model: () => current.editorState.getCurrentContent().getPlainText(),
  edit(find, repl) {
    const { editorState, setEditorState } = current;
    const content = editorState.getCurrentContent();
    const block = content.getBlocksAsArray().find((b) => b.getText().includes(find));
    if (!block) throw new Error(`"${find}" not in the Draft.js content`);
    const at = block.getText().indexOf(find);
    const selection = SelectionState.createEmpty(block.getKey()).merge({ anchorOffset: at, focusOffset: at + find.length });
    const next = Modifier.replaceText(content, selection, repl);
    flushSync(() => setEditorState(EditorState.push(editorState, next, 'insert-characters')));
  },
});
