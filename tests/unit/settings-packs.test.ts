import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { testRule } from '../../src/settings/rule-test';
import type { RuleSource } from '../../src/engine/types';
import { analyzeOptionsFor } from '../../src/settings/analyze-options';
import { customRuleId, exportPack, importPack, mergeRules } from '../../src/settings/packs';
import { effectiveSettings, parseManagedPolicy } from '../../src/settings/policy';
import { defaultSettings } from '../../src/settings/schema';

const rule: RuleSource = {
  id: 'custom.per-my-last',
  category: 'transactional',
  severity: 'high',
  patterns: ['per my last (message|email)'],
  message: 'Pointing back at an earlier message can read as a reproach.',
  suggestions: ['To recap what I said before'],
};

describe('rule pack files', () => {
  it('exports custom rules in a form the engine reads back unchanged', () => {
    const result = importPack(exportPack([rule]));
    expect(result).toEqual({ ok: true, rules: [rule] });
  });

  it('refuses a file that is not JSON, with the reason', () => {
    const result = importPack('{ rules: oops');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/JSON/);
  });

  it('refuses a pack without rules, a bad rule, or duplicate ids — the whole file', () => {
    expect(importPack('{"name":"x"}')).toMatchObject({ ok: false, error: expect.stringMatching(/rules/) });
    expect(importPack(JSON.stringify({ rules: [rule, { ...rule, id: 'Bad Id' }] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/id/),
    });
    expect(importPack(JSON.stringify({ rules: [rule, rule] }))).toMatchObject({ ok: false, error: expect.stringMatching(/duplicate/) });
    expect(importPack(JSON.stringify({ rules: [{ ...rule, category: 'rude' }] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/category/),
    });
  });

  it('refuses a rule whose compromise pattern does not parse', () => {
    const result = importPack(JSON.stringify({ rules: [{ ...rule, patterns: ['(unclosed'] }] }));
    expect(result.ok).toBe(false);
  });

  it('merges imports by id: replace the same id, add new ones', () => {
    const other = { ...rule, id: 'custom.other' };
    const merged = mergeRules(
      [rule, other],
      [
        { ...rule, message: 'new' },
        { ...rule, id: 'custom.third' },
      ],
    );
    expect(merged.map((r) => [r.id, r.message === 'new'])).toEqual([
      ['custom.per-my-last', true],
      ['custom.other', false],
      ['custom.third', false],
    ]);
  });

  it('makes readable, unique, engine-valid ids for new rules', () => {
    expect(customRuleId('Per my last email!', [])).toBe('custom.per-my-last-email');
    expect(customRuleId('per my last email', [{ ...rule, id: 'custom.per-my-last-email' }])).toBe('custom.per-my-last-email-2');
    expect(customRuleId('¿?', [])).toBe('custom.rule');
    expect(importPack(exportPack([{ ...rule, id: customRuleId('(just|simply) {calm} down', []) }])).ok).toBe(true);
  });
});

describe('custom rules in the engine', () => {
  it('the options test box finds what the rule flags, with the engine itself', () => {
    const circle = { ...rule, id: 'custom.circle-back', patterns: ['circle back'] };
    const findings = testRule(circle, 'Thanks. I will circle back on Friday.');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.text).toBe('circle back');
    expect(testRule(circle, 'See you Friday.')).toEqual([]);
  });

  it('shows the user rule even where a built-in rule covers the same words', () => {
    const findings = testRule(rule, 'Hi, per my last email the form is due.');
    expect(findings.map((f) => f.text.toLowerCase())).toEqual(['per my last email']);
  });

  it('shows a low-severity rule in the test box whatever the sensitivity', () => {
    const low = { ...rule, id: 'custom.circle-back', severity: 'low' as const, patterns: ['circle back'] };
    expect(testRule(low, 'I will circle back.')).toHaveLength(1);
  });

  it('analyzeOptionsFor passes enabled categories, sensitivity, ignored phrases and extra rules; the engine skips a broken one', () => {
    const broken = { ...rule, id: 'team.broken', patterns: ['(unclosed'] };
    const team = { ...rule, id: 'team.per-policy', patterns: ['as per (our|the) policy'] };
    const user = { ...defaultSettings(), sensitivity: 'gentle' as const, ignoredPhrases: ['calm down'], customRules: [rule] };
    user.categories.judging = false;
    const eff = effectiveSettings(user, parseManagedPolicy({ rulePacks: [{ rules: [team, broken] }] }));
    const options = analyzeOptionsFor(eff);
    expect(options.categories).not.toContain('judging');
    expect(options.categories).toContain('transactional');
    expect(options.sensitivity).toBe('gentle');
    expect(options.ignoredPhrases).toEqual(['calm down']);
    expect(options.extraRules?.map((r) => r.id)).toEqual(['team.per-policy', 'team.broken', 'custom.per-my-last']);
    const found = analyze('As per our policy, this thread is closed.', options).findings.map((f) => f.rule);
    expect(found).toContain('team.per-policy');
  });
});
