// `npm run rules`: compile rules/ into generated/rules.json, or fail naming what is wrong.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildPacks } from './build-packs';

const { packs, errors } = buildPacks('rules');
if (!packs) {
  console.error(`Rule packs have ${errors.length} problem(s):\n${errors.map((e) => `  ${e}`).join('\n')}`);
  process.exit(1);
}
mkdirSync('generated', { recursive: true });
writeFileSync('generated/rules.json', JSON.stringify(packs));
console.log(`Compiled ${packs.rules.length} rules into generated/rules.json`);
