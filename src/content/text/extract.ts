// The visible text of a contenteditable plus the map from its offsets back to DOM points.
// Block boundaries and <br> become "\n"; formatting elements add nothing, so "<b>just</b> calm down" reads as one phrase;
// display:none subtrees and non-text nodes are skipped; collapsible whitespace is collapsed as the browser renders it.
import { type Point, type Segment, offsetInTextNode, pointAt } from './offset-map';

export interface ExtractedText {
  root: HTMLElement;
  text: string;
  segments: Segment<Node>[];
}

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'img',
  'svg',
  'video',
  'audio',
  'canvas',
  'iframe',
  'object',
  'input',
  'textarea',
  'select',
  'button',
]);
const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table', 'contents', 'ruby', 'ruby-text']);
const COLLAPSIBLE_WS = /[ \t\n\r\f]/;

type WhiteSpaceMode = 'collapse' | 'collapse-spaces' | 'preserve';

function whiteSpaceMode(style: CSSStyleDeclaration): WhiteSpaceMode {
  // white-space-collapse is the longhand in newer engines; white-space covers the rest.
  const collapse = style.getPropertyValue('white-space-collapse');
  if (collapse) {
    if (collapse === 'collapse') return 'collapse';
    if (collapse === 'preserve-breaks') return 'collapse-spaces';
    return 'preserve';
  }
  switch (style.whiteSpace) {
    case 'normal':
    case 'nowrap':
      return 'collapse';
    case 'pre-line':
      return 'collapse-spaces';
    default:
      return 'preserve';
  }
}

function indexInParent(node: Node): number {
  let index = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) index++;
  return index;
}

export function extractText(root: HTMLElement): ExtractedText {
  const view = root.ownerDocument.defaultView ?? window;
  const segments: Segment<Node>[] = [];
  let text = '';
  // A block boundary seen but not yet written: only written before the next visible character, so no trailing "\n".
  let pendingBreak: Point<Node> | null = null;

  const atLineStart = () => text.length === 0 || text.endsWith('\n') || pendingBreak !== null;

  const flushPendingBreak = (to: Point<Node>) => {
    if (pendingBreak && text.length > 0 && !text.endsWith('\n')) {
      segments.push({ kind: 'break', start: text.length, end: text.length + 1, from: pendingBreak, to });
      text += '\n';
    }
    pendingBreak = null;
  };

  const pushText = (node: Text, nodeOffset: number, chunk: string) => {
    if (!chunk) return;
    flushPendingBreak({ node, offset: nodeOffset });
    const last = segments[segments.length - 1];
    if (
      last &&
      last.kind === 'text' &&
      last.from.node === node &&
      last.end === text.length &&
      last.from.offset + (last.end - last.start) === nodeOffset
    ) {
      last.end += chunk.length;
    } else {
      segments.push({ kind: 'text', start: text.length, end: text.length + chunk.length, from: { node, offset: nodeOffset } });
    }
    text += chunk;
  };

  const emitTextNode = (node: Text, mode: WhiteSpaceMode) => {
    const data = node.data;
    if (mode === 'preserve') {
      pushText(node, 0, data);
      return;
    }
    let runStart = 0;
    let run = '';
    const closeRun = (nextStart: number) => {
      pushText(node, runStart, run);
      run = '';
      runStart = nextStart;
    };
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] as string;
      const isNewline = ch === '\n';
      if (mode === 'collapse-spaces' && isNewline) {
        closeRun(i);
        run = '\n';
        closeRun(i + 1);
        continue;
      }
      if (COLLAPSIBLE_WS.test(ch)) {
        const previous = run ? run[run.length - 1] : atLineStart() ? '\n' : text[text.length - 1];
        if (previous === ' ' || previous === '\n' || previous === undefined) {
          // Collapsed away: end the current run so offsets stay 1:1 within each segment.
          closeRun(i + 1);
          continue;
        }
        if (!run) runStart = i;
        run += ' ';
        continue;
      }
      if (!run) runStart = i;
      run += ch;
    }
    closeRun(data.length);
  };

  const walk = (element: Element, mode: WhiteSpaceMode) => {
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        emitTextNode(child as Text, mode);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      const tag = el.localName;
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'br') {
        const index = indexInParent(el);
        const before = { node: element as Node, offset: index };
        flushPendingBreak(before);
        segments.push({ kind: 'break', start: text.length, end: text.length + 1, from: before, to: { node: element, offset: index + 1 } });
        text += '\n';
        continue;
      }
      const style = view.getComputedStyle(el);
      if (style.display === 'none') continue;
      const isBlock = !INLINE_DISPLAYS.has(style.display);
      if (isBlock && !pendingBreak && text.length > 0) pendingBreak = { node: element, offset: indexInParent(el) };
      walk(el, whiteSpaceMode(style));
      if (isBlock && !pendingBreak && text.length > 0) pendingBreak = { node: element, offset: indexInParent(el) + 1 };
    }
  };

  walk(root, whiteSpaceMode(view.getComputedStyle(root)));
  return { root, text, segments };
}

/** A live DOM Range over `[start, end)` of the extracted text. */
export function rangeFor(extracted: ExtractedText, start: number, end: number): Range {
  const range = extracted.root.ownerDocument.createRange();
  const from = pointAt(extracted.segments, start, 'forward');
  const to = end === start ? from : pointAt(extracted.segments, end, 'backward');
  if (!from || !to) {
    range.selectNodeContents(extracted.root);
    range.collapse(true);
    return range;
  }
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset of a DOM point (e.g. the caret) inside the extracted root. */
export function offsetForPoint(extracted: ExtractedText, node: Node, nodeOffset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const direct = offsetInTextNode(extracted.segments, node, nodeOffset);
    if (direct !== null) return direct;
  }
  const probe = extracted.root.ownerDocument.createRange();
  try {
    probe.setStart(node, nodeOffset);
  } catch {
    return extracted.text.length;
  }
  probe.collapse(true);
  let result = 0;
  for (const seg of extracted.segments) {
    if (probe.comparePoint(seg.from.node, seg.from.offset) > 0) break;
    if (seg.kind === 'text') {
      result = seg.from.node === node ? seg.start : seg.end;
    } else {
      result = probe.comparePoint(seg.to.node, seg.to.offset) <= 0 ? seg.end : seg.start;
    }
  }
  return result;
}
