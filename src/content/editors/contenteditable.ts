// Any contenteditable: text from the offset map; edits offered to the editor as a beforeinput first (rich editors
// cancel it and update their own model), else typed with execCommand('insertText') so native undo works.
import { type FieldAdapter, nextFrame } from './adapter';
import { clipRects, visibleClip } from '../highlight/clip';
import { perTask } from '../highlight/per-task';
import type { Rect } from '../card/hit-test';
import { type ExtractedText, extractText, offsetForPoint, rangeFor } from '../text/extract';
import { type Segment, segmentIndexAt } from '../text/offset-map';

export function selectionFor(element: HTMLElement): Selection | null {
  const root = element.getRootNode() as ShadowRoot & { getSelection?: () => Selection | null };
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return element.ownerDocument.getSelection();
}

export function selectRange(element: HTMLElement, range: Range): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  selection.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}

function sameRange(selection: Selection | null, range: Range): boolean {
  if (!selection || selection.rangeCount === 0) return false;
  const current = selection.getRangeAt(0);
  return (
    current.startContainer === range.startContainer &&
    current.startOffset === range.startOffset &&
    current.endContainer === range.endContainer &&
    current.endOffset === range.endOffset
  );
}

/**
 * A DataTransfer the page can read. Firefox content scripts run with their own principal, and data they put in a
 * DataTransfer reads back as "" to page scripts; one made through the page's own constructor does not have that wall.
 */
function pageDataTransfer(view: Window, text: string): DataTransfer {
  const page = (view as Window & { wrappedJSObject?: Window & { DataTransfer: typeof DataTransfer } }).wrappedJSObject;
  if (page && typeof page.DataTransfer === 'function') {
    try {
      const transfer = new page.DataTransfer();
      transfer.setData('text/plain', text);
      return transfer;
    } catch {
      // Fall through to our own.
    }
  }
  const transfer = new DataTransfer();
  transfer.setData('text/plain', text);
  return transfer;
}

export interface ContentEditableOptions {
  name?: string;
  /** Wait a frame between selecting and typing, for editors that read the selection asynchronously. */
  settleSelection?: boolean;
}

export function createContentEditableAdapter(element: HTMLElement, options: ContentEditableOptions = {}): FieldAdapter {
  let extracted: ExtractedText = extractText(element);
  const doc = element.ownerDocument;
  const view = doc.defaultView ?? window;

  let measuring: Range | null = null;
  const clip = perTask(() => visibleClip(element));

  const fresh = () => {
    extracted = extractText(element);
    return extracted;
  };

  const beforeInputHandled = (range: Range, text: string): boolean => {
    const dataTransfer = pageDataTransfer(view, text);
    const target = new StaticRange({
      startContainer: range.startContainer,
      startOffset: range.startOffset,
      endContainer: range.endContainer,
      endOffset: range.endOffset,
    });
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      dataTransfer,
      targetRanges: [target],
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    // Dispatch at the node holding the range, as the browser would, so editors listening below the host still see it.
    const dispatchTarget = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentNode;
    (dispatchTarget ?? element).dispatchEvent(event);
    return event.defaultPrevented;
  };

  return {
    element,
    kind: 'contenteditable',
    name: options.name ?? 'contenteditable',
    readText: () => fresh().text,
    caretOffset() {
      const selection = selectionFor(element);
      if (!selection?.focusNode || !element.contains(selection.focusNode)) return null;
      return offsetForPoint(extracted, selection.focusNode, selection.focusOffset);
    },
    rects(start, end) {
      // Measure text pieces one by one: a range's own rects would include whole boxes of fully covered elements.
      const pieces: DOMRect[] = [];
      const segments = extracted.segments;
      // Segments are in text order: start at the one holding `start` (the ones before end at or before it).
      for (let i = Math.max(0, segmentIndexAt(segments, start, 'forward')); i < segments.length; i++) {
        const seg = segments[i] as Segment<Node>;
        if (seg.start >= end) break;
        if (seg.kind !== 'text' || seg.end <= start) continue;
        // One range reused: every live Range is updated on each DOM change of the document until it is collected.
        measuring ??= doc.createRange();
        const from = Math.max(start, seg.start) - seg.start + seg.from.offset;
        const to = Math.min(end, seg.end) - seg.start + seg.from.offset;
        measuring.setStart(seg.from.node, from);
        measuring.setEnd(seg.from.node, to);
        pieces.push(...measuring.getClientRects());
      }
      return clipRects(pieces, clip()) as Rect[];
    },
    domRange: (start, end) => rangeFor(extracted, start, end),
    focusAt(offset) {
      element.focus({ preventScroll: true });
      const range = rangeFor(fresh(), offset, offset);
      selectRange(element, range);
    },
    async replace(start, end, text) {
      element.focus({ preventScroll: true });
      selectRange(element, rangeFor(fresh(), start, end));
      // Let the editor see the selection move first: editors that batch typing into one undo step (CKEditor,
      // Quill) close the batch on a selection change, so the replacement becomes its own undo step.
      await nextFrame(view);
      const range = rangeFor(fresh(), start, end);
      if (!sameRange(selectionFor(element), range)) selectRange(element, range);
      if (beforeInputHandled(range, text)) return;
      // Not taken by the editor: type it as the user would.
      if (options.settleSelection) await nextFrame(view);
      const again = rangeFor(fresh(), start, end);
      if (!sameRange(selectionFor(element), again)) selectRange(element, again);
      doc.execCommand('insertText', false, text);
    },
    dispose() {},
  };
}
