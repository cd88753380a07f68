// Debug aid for rule writers: `node scripts/explain.mjs "text" ["pattern"]` shows how compromise reads a
// text (terms, normal forms, tags) and, given a pattern, what it matches.
import { analyze } from '../src/engine';
import { parsePattern, parseSentence } from '../src/engine/compromise';

const [text = '', pattern] = process.argv.slice(2);
// Parsed exactly as the engine parses a sentence, so what this shows is what rules see.
// Findings come from the last successful `npm run rules` (generated/rules.json).
const doc = parseSentence(text);
for (const term of doc.json()[0]?.terms ?? []) {
  const t = term as { text: string; normal: string; implicit?: string; tags: string[] };
  console.log(`${JSON.stringify(t.text).padEnd(16)} normal=${t.normal}${t.implicit ? ` implicit=${t.implicit}` : ''}  ${t.tags.join(',')}`);
}
// parsePattern applies the same compile-time expansions ({lemma}) as the rule compiler.
if (pattern) console.log(`\n${pattern} =>`, doc.match(parsePattern(pattern) as never).out('array'));
console.log('\nfindings:', JSON.stringify(analyze(text, { sensitivity: 'thorough' }), null, 1));
