// Looks inside Attune's CLOSED shadow root from outside the page, through the DevTools protocol
// (DOM.getDocument with pierce: true sees closed roots), for tests against the shipped build. Chromium only.
import type { CDPSession } from 'puppeteer-core';

export interface CdpNode {
  nodeId: number;
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
  contentDocument?: CdpNode;
}

export function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    yield* walk(child);
  }
}

export const attr = (node: CdpNode, name: string): string | null => {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? null;
  return null;
};
export const hasClass = (node: CdpNode, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);

export function textOf(node: CdpNode): string {
  let text = '';
  for (const n of walk(node)) if (n.nodeType === 3) text += n.nodeValue;
  return text;
}

export interface OverlayView {
  host: CdpNode;
  shadow: CdpNode;
  card: CdpNode | null;
  marks: CdpNode[];
}

/** Attune's overlay as the protocol sees it, or null when there is none yet. */
export async function readOverlay(cdp: CDPSession): Promise<OverlayView | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  for (const node of walk(root)) {
    if (node.localName !== 'attune-overlay') continue;
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const inside = [...walk(shadow)];
    return {
      host: node,
      shadow,
      card: inside.find((n) => hasClass(n, 'card')) ?? null,
      marks: inside.filter((n) => hasClass(n, 'mark')),
    };
  }
  return null;
}

/** The centre of a node's border box, in viewport coordinates. */
export async function centreOf(cdp: CDPSession, node: CdpNode): Promise<{ x: number; y: number }> {
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
  const q = model.border;
  return { x: ((q[0] as number) + (q[4] as number)) / 2, y: ((q[1] as number) + (q[5] as number)) / 2 };
}

export async function computed(cdp: CDPSession, node: CdpNode, props: string[]): Promise<Record<string, string>> {
  const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
    computedStyle: { name: string; value: string }[];
  };
  return Object.fromEntries(props.map((p) => [p, computedStyle.find((s) => s.name === p)?.value ?? '']));
}
