// Debug aid for rule writers: `node scripts/explain.mjs "text" ["pattern"]` shows how compromise reads a
// text (terms, normal forms, tags) and, given a pattern, what it matches.
import nlp from 'compromise';
import { analyze } from '../src/engine';

const [text = '', pattern] = process.argv.slice(2);
const doc = nlp(text);
doc.compute('root');
for (const term of doc.json()[0]?.terms ?? []) {
  const t = term as { text: string; normal: string; implicit?: string; root?: string; tags: string[] };
  console.log(`${JSON.stringify(t.text).padEnd(16)} normal=${t.normal}${t.implicit ? ` implicit=${t.implicit}` : ''}${t.root ? ` root=${t.root}` : ''}  ${t.tags.join(',')}`);
}
if (pattern) console.log(`\n${pattern} =>`, doc.match(pattern).out('array'));
console.log('\nfindings:', JSON.stringify(analyze(text, { sensitivity: 'thorough' }), null, 1));
