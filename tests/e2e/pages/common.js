// Shared by every editor test page. Each page calls exposeEditor() once its editor is ready; the
// tests then talk to the page only through these globals:
//   __model()              the text as the editor's OWN model holds it (never the DOM)
//   __edit(find, repl)     replace the first `find` through the editor's own API (a change the
//                          extension did not make, used to make an open card's suggestion stale)
//   __phraseRects(phrase)  where the page draws `phrase`, in the viewport of the frame that holds the field
//   __fieldRect()          the field's visible box, same coordinates
//   __frameOffset()        where that frame's viewport sits in the top page (0,0 unless the field is in an iframe)
//   __fieldFocused()       whether keyboard focus is in the field
//   __scrollField(dy, dx)  scroll the field's own scroller, returns { top, left } after scrolling
// Fixture pages are plain JS (not type-checked) so they need no @types for React or Draft.js.

/** @param {{ name: string, model: () => string, edit: (find: string, repl: string) => void,
 *            editable: () => HTMLElement, scroller?: () => HTMLElement, inIframe?: boolean }} editor */
export function exposeEditor(editor) {
  const scroller = editor.scroller ?? editor.editable;
  Object.assign(window, {
    __editorName: editor.name,
    __inIframe: Boolean(editor.inIframe),
    __model: () => editor.model(),
    __edit: (find, repl) => editor.edit(find, repl),
    __phraseRects: (phrase) => phraseRects(editor.editable(), phrase),
    __fieldRect: () => plainRect(scroller().getBoundingClientRect()),
    __frameOffset: () => frameOffset(editor.editable()),
    __fieldFocused: () => {
      const el = editor.editable();
      const active = deepActiveElement(el.ownerDocument);
      return active !== null && (active === el || el.contains(active));
    },
    __scrollField: (dy, dx = 0) => {
      const el = scroller();
      el.scrollTop += dy;
      el.scrollLeft += dx;
      return { top: el.scrollTop, left: el.scrollLeft };
    },
    __scrollPosition: () => ({ top: scroller().scrollTop, left: scroller().scrollLeft }),
  });
  window.__ready = true;
}

/** A native text control (textarea, input) as the editor: its value is the model, and an edit goes through
 *  setRangeText plus the input event a page's own script would fire. `composed` lets that event out of a
 *  shadow root. */
export function exposeTextControl(name, field, { composed = false } = {}) {
  exposeEditor({
    name,
    editable: () => field,
    model: () => field.value,
    edit(find, repl) {
      const at = field.value.indexOf(find);
      field.setRangeText(repl, at, at + find.length);
      field.dispatchEvent(new Event('input', { bubbles: true, composed }));
    },
  });
}

const plainRect = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });

function deepActiveElement(doc) {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function frameOffset(el) {
  const frame = el.ownerDocument.defaultView?.frameElement;
  if (!frame) return { x: 0, y: 0 };
  const r = frame.getBoundingClientRect();
  return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
}

/** The phrase's first occurrence, as the boxes of its line fragments. */
function phraseRects(el, phrase) {
  if (el instanceof el.ownerDocument.defaultView.HTMLTextAreaElement || el instanceof el.ownerDocument.defaultView.HTMLInputElement) {
    const start = el.value.indexOf(phrase);
    if (start < 0) return [];
    return mirrorRects(el, start, start + phrase.length);
  }
  return rangeRects(el, phrase);
}

/** Contenteditable editors: a DOM Range over the rendered text nodes. */
function rangeRects(root, phrase) {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, at: text.length });
    text += n.data;
  }
  const start = text.indexOf(phrase);
  if (start < 0) return [];
  const end = start + phrase.length;
  const locate = (offset, preferNext) => {
    for (const { node, at } of nodes) {
      const inside = preferNext ? offset < at + node.data.length : offset <= at + node.data.length;
      if (offset >= at && inside) return [node, offset - at];
    }
    const last = nodes[nodes.length - 1];
    return [last.node, last.node.data.length];
  };
  const range = doc.createRange();
  range.setStart(...locate(start, true));
  range.setEnd(...locate(end, false));
  return [...range.getClientRects()].filter((r) => r.width > 0).map(plainRect);
}

// Text controls expose no geometry for their text, so copy the control's box and font into a hidden
// div at the same place, scrolled the same, and measure a span there (the usual "mirror" technique).
const MIRRORED = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'tabSize',
  'textAlign',
  'direction',
];

function mirrorRects(el, start, end) {
  const doc = el.ownerDocument;
  const style = doc.defaultView.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const mirror = doc.createElement('div');
  for (const prop of MIRRORED) mirror.style[prop] = style[prop];
  const isInput = el.tagName === 'INPUT';
  Object.assign(mirror.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    margin: '0',
    visibility: 'hidden',
    borderColor: 'transparent',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: 'break-word',
    overflowX: 'hidden',
    overflowY: !isInput && el.scrollHeight > el.clientHeight ? 'scroll' : 'hidden',
  });
  if (isInput) {
    // A one-line control centres its line box vertically; mirror that with an equal line-height.
    mirror.style.lineHeight = `${el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)}px`;
  }
  const span = doc.createElement('span');
  span.textContent = el.value.slice(start, end);
  mirror.append(el.value.slice(0, start), span, `${el.value.slice(end)}\u200b`);
  (doc.body ?? doc.documentElement).append(mirror);
  mirror.scrollTop = el.scrollTop;
  mirror.scrollLeft = el.scrollLeft;
  const rects = [...span.getClientRects()].filter((r) => r.width > 0).map(plainRect);
  mirror.remove();
  return rects;
}

/** The first text node under `root` containing `find`, and where. */
export function findTextNode(root, find) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.data.indexOf(find);
    if (at >= 0) return { node: n, at };
  }
  throw new Error(`"${find}" not found in the editor`);
}

export function mount(name) {
  document.title = `${name} — Attune test page`;
  const heading = document.createElement('h1');
  heading.textContent = name;
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(heading, root);
  return root;
}
