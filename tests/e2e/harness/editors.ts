// The editor test pages, one per editor the extension must work in. `file` is the page script under
// tests/e2e/pages/; `multiline` says whether Enter makes a new line (else the field scrolls sideways).
export interface EditorPage {
  name: string;
  file: string;
  multiline: boolean;
  /** The field lives in a same-origin iframe; the test hook is on the iframe's <html>. */
  inIframe?: boolean;
}

export const EDITOR_PAGES: readonly EditorPage[] = [
  { name: 'textarea', file: 'textarea.js', multiline: true },
  { name: 'react-textarea', file: 'react-textarea.jsx', multiline: true },
  { name: 'input', file: 'input.js', multiline: false },
  { name: 'contenteditable', file: 'contenteditable.js', multiline: true },
  { name: 'quill', file: 'quill.js', multiline: true },
  { name: 'slate', file: 'slate.jsx', multiline: true },
  { name: 'lexical', file: 'lexical.js', multiline: true },
  { name: 'tiptap', file: 'tiptap.js', multiline: true },
  { name: 'ckeditor', file: 'ckeditor.js', multiline: true },
  { name: 'draft', file: 'draft.jsx', multiline: true },
  { name: 'shadow-textarea', file: 'shadow-textarea.js', multiline: true },
  { name: 'iframe-contenteditable', file: 'iframe-contenteditable.js', multiline: true, inIframe: true },
];
