import { useLayoutEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { exposeEditor, mount } from './common.js';

// A controlled textarea: React state is the model; the DOM value is re-rendered from it.
let state = { text: '', setText: (_t) => {} };
let field = null;

function Composer() {
  const [text, setText] = useState('');
  const ref = useRef(null);
  state = { text, setText };
  useLayoutEffect(() => {
    field = ref.current;
  }, []);
  return <textarea ref={ref} aria-label="Message" value={text} onChange={(e) => setText(e.target.value)} />;
}

const root = createRoot(mount('React controlled textarea'));
flushSync(() => root.render(<Composer />));

exposeEditor({
  name: 'react-textarea',
  editable: () => field,
  model: () => state.text,
  edit(find, repl) {
    flushSync(() => state.setText(state.text.replace(find, repl)));
  },
});
