// Splits a message into the units the engine analyses and caches: sentences and lines.
// A unit ends after . ! ? or … (plus closing quotes/brackets) followed by whitespace, or at a newline.

export interface Segment {
  start: number;
  end: number;
  text: string;
}

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;

export function splitSentences(text: string): Segment[] {
  const segments: Segment[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    pushTrimmed(text, from, end, segments);
    from = end;
  }
  pushTrimmed(text, from, text.length, segments);
  return segments;
}

function pushTrimmed(text: string, from: number, to: number, out: Segment[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
