import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeEditor, mount } from './common.js';

const host = document.createElement('div');
const style = document.createElement('style');
// Same box as the other pages; the editable itself scrolls.
style.textContent = `.ck.ck-editor { width: 520px; }
  .ck.ck-editor__editable_inline { height: 160px; overflow: auto; font: 16px/22px "DejaVu Sans", sans-serif; }
  .ck.ck-editor__editable_inline p { margin: 0; }`;
document.head.append(style);
mount('CKEditor 5').append(host);

const editor = await ClassicEditor.create(host, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
});
window.ckeditor = editor;

/** The model's paragraphs as text (read from the model tree, not the HTML data pipeline). */
function modelText() {
  const root = editor.model.document.getRoot();
  return Array.from(root.getChildren())
    .map((block) =>
      Array.from(block.getChildren())
        .map((child) => (child.is('$text') ? child.data : ''))
        .join(''),
    )
    .join('\n');
}

exposeEditor({
  name: 'ckeditor',
  editable: () => editor.ui.getEditableElement(),
  model: modelText,
  edit(find, repl) {
    editor.model.change((writer) => {
      for (const block of editor.model.document.getRoot().getChildren()) {
        let offset = 0;
        for (const child of block.getChildren()) {
          const at = child.is('$text') ? child.data.indexOf(find) : -1;
          if (at >= 0) {
            const range = writer.createRange(
              writer.createPositionAt(block, offset + at),
              writer.createPositionAt(block, offset + at + find.length),
            );
            const attributes = Object.fromEntries(child.getAttributes());
            writer.remove(range);
            writer.insertText(repl, attributes, writer.createPositionAt(block, offset + at));
            return;
          }
          offset += child.offsetSize;
        }
      }
      throw new Error(`"${find}" not in the CKEditor model`);
    });
  },
});
