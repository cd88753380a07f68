// A broken pack must fail the build with the file, the rule id and what is wrong.
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildPacks } from '../../src/rules/build-packs';
import { CATEGORIES } from '../../src/engine/types';

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'attune-rules-'));
  for (const f of ['contexts.yaml', 'signals.yaml']) copyFileSync(join('rules', f), join(dir, f));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const good = `category: dismissing
rules:
  - id: dismissing.test-rule
    severity: high
    patterns: ["snap out of it"]
    message: Test message.
    suggestions: ["take your time"]
    examples:
      flag: ["Snap out of it.", "just snap out of it"]
      pass: ["He snapped at me.", "I won't tell you to snap out of it."]
`;

describe('pack compiler', () => {
  it('ships at least one rule in each of the ten categories', () => {
    const { packs, errors } = buildPacks('rules', { examples: false });
    expect(errors).toEqual([]);
    for (const category of CATEGORIES)
      expect(
        packs!.rules.some((r) => r.category === category),
        category,
      ).toBe(true);
  });

  it('accepts a good pack', () => {
    expect(buildPacks(packDir({ 'dismissing.yaml': good })).errors).toEqual([]);
  });

  it('names the file and rule of a pattern typo', () => {
    const dir = packDir({ 'dismissing.yaml': good.replace('"snap out of it"', '"snap (out of it"') });
    const { errors, packs } = buildPacks(dir);
    expect(packs).toBeNull();
    expect(errors.join('\n')).toMatch(/dismissing\.yaml: .*rule dismissing\.test-rule: .*missing "\)"/);
  });

  it('refuses an unknown tag', () => {
    const dir = packDir({ 'dismissing.yaml': good.replace('"snap out of it"', '"snap #Nuon"') });
    expect(buildPacks(dir).errors.join('\n')).toMatch(/rule dismissing\.test-rule: .*unknown tag #Nuon/);
  });

  it('refuses a duplicate id', () => {
    const twice = good + good.split('rules:\n')[1];
    expect(buildPacks(packDir({ 'dismissing.yaml': twice })).errors.join('\n')).toMatch(
      /dismissing\.yaml: .*duplicate id dismissing\.test-rule/,
    );
  });

  it('fails on an example that does not hold', () => {
    const dir = packDir({ 'dismissing.yaml': good.replace('"He snapped at me."', '"Snap out of it now."') });
    expect(buildPacks(dir).errors.join('\n')).toMatch(
      /dismissing\.yaml: rule dismissing\.test-rule: pass example "Snap out of it now\.": flagged/,
    );
  });

  it('fails on a schema violation', () => {
    const dir = packDir({ 'dismissing.yaml': good.replace('severity: high', 'severity: extreme') });
    expect(buildPacks(dir).errors.join('\n')).toMatch(/dismissing\.yaml: .*rule dismissing\.test-rule: severity must be one of/);
  });

  it('requires two flag and two pass examples', () => {
    const dir = packDir({
      'dismissing.yaml': good.replace('flag: ["Snap out of it.", "just snap out of it"]', 'flag: ["Snap out of it."]'),
    });
    expect(buildPacks(dir).errors.join('\n')).toMatch(/rule dismissing\.test-rule: needs at least two flag and two pass examples/);
  });

  it('every shipped pack validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('rules/schema.json', 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const category of CATEGORIES) {
      const pack = parseYaml(readFileSync(`rules/${category}.yaml`, 'utf8'));
      expect(validate(pack) ? 'valid' : JSON.stringify(validate.errors), category).toBe('valid');
    }
  });
});
