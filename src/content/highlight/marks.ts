// Underline boxes drawn from rects, in our shadow root, for every kind of field.
import type { Rect } from '../card/hit-test';
import type { Family } from './families';

export interface MarkGroup {
  family: Family;
  rects: readonly Rect[];
}

/** A drawn box and what was last written to it, so a redraw writes only what moved. */
interface Mark {
  el: HTMLElement;
  family: Family | null;
  left: number;
  top: number;
  width: number;
}

interface LayerState {
  marks: Mark[];
  /** Whether the keeper is in the layer: a hidden box that holds the wave image for as long as the layer lives. */
  kept: boolean;
}

const layers = new WeakMap<HTMLElement, LayerState>();

/**
 * The waves are one SVG image (overlay-styles.ts): once no box uses it, Blink may drop it, and the next underline
 * makes it load an SVG document again (~3 ms of style recalc in a frame, measured; with the old image per family,
 * up to four). The keeper, added with the first underline, keeps it, so rebuilding the underlines never reloads it.
 */
function keep(layer: HTMLElement, state: LayerState): HTMLElement | null {
  if (state.kept) return null;
  state.kept = true;
  const keeper = layer.ownerDocument.createElement('div');
  keeper.className = 'keep';
  keeper.setAttribute('aria-hidden', 'true');
  layer.append(keeper);
  return keeper;
}

function stateOf(layer: HTMLElement): LayerState {
  let state = layers.get(layer);
  if (!state) {
    state = { marks: [], kept: false };
    layers.set(layer, state);
  }
  return state;
}

/**
 * Loads the wave image now (for an idle moment after a field is focused), so the first underlines' frame does not
 * build its SVG document: reading the keeper's computed style loads it within this call.
 */
export function prepareMarks(layer: HTMLElement): void {
  const keeper = keep(layer, stateOf(layer));
  if (keeper) void getComputedStyle(keeper).backgroundImage;
}

export function paintMarks(layer: HTMLElement, groups: readonly MarkGroup[]): void {
  const state = stateOf(layer);
  const { marks } = state;
  const doc = layer.ownerDocument;
  let index = 0;
  for (const group of groups) {
    if (group.rects.length > 0) keep(layer, state);
    for (const rect of group.rects) {
      let mark = marks[index];
      if (!mark) {
        const el = doc.createElement('div');
        layer.append(el);
        mark = { el, family: null, left: Number.NaN, top: Number.NaN, width: Number.NaN };
        marks.push(mark);
      }
      const top = rect.y + rect.height - 2;
      if (mark.family !== group.family) {
        mark.family = group.family;
        mark.el.className = `mark ${group.family}`;
      }
      if (mark.left !== rect.x) {
        mark.left = rect.x;
        mark.el.style.left = `${rect.x}px`;
      }
      if (mark.top !== top) {
        mark.top = top;
        mark.el.style.top = `${top}px`;
      }
      if (mark.width !== rect.width) {
        mark.width = rect.width;
        mark.el.style.width = `${rect.width}px`;
      }
      index++;
    }
  }
  while (marks.length > index) marks.pop()?.el.remove();
}
