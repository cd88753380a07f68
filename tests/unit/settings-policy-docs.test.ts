// The policy examples in docs/policy/README.md are meant to be copied as they are: check that they
// parse, fit the Chrome schema, and that every rule in them passes the engine's checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { validateRule } from '../../src/engine';
import { effectiveSettings, parseManagedPolicy } from '../../src/settings/policy';
import { defaultSettings } from '../../src/settings/schema';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'docs/policy/README.md'), 'utf8');
const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));
const schema = JSON.parse(readFileSync(path.join(root, 'public/managed-schema.json'), 'utf8'));

const chrome = blocks.find((b) => b['3rdparty'])?.['3rdparty'].extensions.EXTENSION_ID;
const firefox = blocks.find((b) => b.policies)?.policies['3rdparty'].Extensions['attune@attune.dev'];

describe('policy examples in the docs', () => {
  it('has a Chrome and a Firefox example', () => {
    expect(chrome).toBeTruthy();
    expect(firefox).toBeTruthy();
  });

  it.each([
    ['chrome', () => chrome],
    ['firefox', () => firefox],
  ])('%s example fits the managed schema and every rule is valid', (_, get) => {
    const policy = get();
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    const parsed = parseManagedPolicy(policy);
    expect(parsed).not.toBeNull();
    const rules = parsed?.rulePacks.flatMap((p) => p.rules) ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(validateRule(rule)).toEqual({ ok: true });
    const eff = effectiveSettings(defaultSettings(), parsed);
    expect(eff.teamRules).toHaveLength(rules.length);
    expect(eff.disabledSites).toContain('*://hr.example.org/*');
    expect(eff.lockReason).not.toBe('');
  });
});
