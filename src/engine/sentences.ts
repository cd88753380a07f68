// Splits a message into the units the engine analyses and caches: sentences and lines.
// A unit ends after . ! ? or … (plus closing quotes/brackets) followed by whitespace, or at a newline.
// Very long runs without an ending are cut at whitespace so no single unit costs much to parse.

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

/** Longest unit handed to the parser, in UTF-16 code units. */
export const MAX_SEGMENT = 600;

function pushTrimmed(text: string, from: number, to: number, out: Segment[]): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  while (e - s > MAX_SEGMENT) {
    const cut = cutPoint(text, s, s + MAX_SEGMENT);
    pushTrimmed(text, s, cut, out);
    s = cut;
    while (s < e && /\s/.test(text[s]!)) s++;
  }
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** The last whitespace before `limit`, else `limit` itself (never between a surrogate pair). */
function cutPoint(text: string, from: number, limit: number): number {
  const space = text.slice(from, limit).search(/\s\S*$/);
  if (space > 0) return from + space;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
