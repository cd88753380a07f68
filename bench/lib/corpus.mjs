// Realistic drafts from the dev corpus: message texts concatenated (in file order) and cut to length.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url));

export function messages() {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text)
    .filter((t) => typeof t === 'string' && t.trim());
}

/** A draft of exactly `length` characters. Messages are joined with a space, with a blank line every
 *  fourth message (drafts have paragraphs); `offset` picks where in the corpus to start. */
export function draft(length, offset = 0) {
  const all = messages();
  let out = '';
  for (let i = 0; out.length < length; i++) {
    const text = all[(offset + i) % all.length];
    out += (out ? (i % 4 === 0 ? '\n\n' : ' ') : '') + text;
  }
  // A draft being written may well end mid-word, so a plain cut is realistic.
  return out.slice(0, length);
}
