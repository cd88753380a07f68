// Custom rules: write one (a phrase or a compromise pattern), see what it flags while typing,
// save it only when the engine accepts it; export and import them as a JSON pack file.
import { validateRule } from '../../src/engine';
import { CATEGORIES, SEVERITIES, type Category, type Finding, type RuleSource, type Severity } from '../../src/engine/types';
import { categoryKey, t } from '../../src/settings/i18n';
import { customRuleId, exportPack, importPack, mergeRules, PACK_FILE_NAME } from '../../src/settings/packs';
import { testRule } from '../../src/settings/rule-test';
import { byId, h, showLock, type OptionsContext, type Render } from './context';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function markUp(text: string, findings: Finding[]): HTMLElement {
  const preview = h('p', { class: 'preview' });
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    preview.append(text.slice(at, f.start), h('mark', {}, text.slice(f.start, f.end)));
    at = f.end;
  }
  preview.append(text.slice(at));
  return preview;
}

export function setupRules(ctx: OptionsContext): Render {
  const list = byId('rule-list');
  const empty = byId('rules-empty');
  const team = byId('team-rules');
  const lock = byId('rules-lock');
  const form = byId<HTMLFormElement>('rule-form');
  const legend = byId('rule-form-legend');
  const patterns = byId<HTMLTextAreaElement>('rule-patterns');
  const category = byId<HTMLSelectElement>('rule-category');
  const severity = byId<HTMLSelectElement>('rule-severity');
  const message = byId<HTMLInputElement>('rule-message');
  const suggestions = byId<HTMLTextAreaElement>('rule-suggestions');
  const testBox = byId<HTMLTextAreaElement>('rule-test');
  const testResult = byId('rule-test-result');
  const error = byId('rule-error');
  const cancel = byId<HTMLButtonElement>('rule-cancel');
  const exportButton = byId<HTMLButtonElement>('export-rules');
  const importInput = byId<HTMLInputElement>('import-rules');
  const importStatus = byId('import-status');
  const importError = byId('import-error');
  /** The id of the rule being edited, or null for a new rule. */
  let editing: string | null = null;

  for (const c of CATEGORIES) category.append(h('option', { value: c }, t(categoryKey(c, 'name'))));

  /** The rule as the form stands; the engine judges it. */
  const draft = (): RuleSource => {
    const pats = lines(patterns.value);
    const others = ctx.user().customRules.filter((r) => r.id !== editing);
    return {
      id: editing ?? customRuleId(pats[0] ?? '', others),
      category: category.value as Category,
      severity: severity.value as Severity,
      patterns: pats,
      message: message.value.trim(),
      suggestions: lines(suggestions.value),
    };
  };

  const showTest = () => {
    const text = testBox.value;
    const rule = draft();
    if (!text.trim() || rule.patterns.length === 0) return testResult.replaceChildren();
    // Only the patterns matter for a test; stand-ins fill the other fields until they are written.
    const probe = { ...rule, message: rule.message || '-', suggestions: rule.suggestions.length ? rule.suggestions : ['-'] };
    const check = validateRule(probe);
    if (!check.ok) return testResult.replaceChildren(h('p', { class: 'error' }, t('ruleTestInvalid', check.error)));
    const findings = testRule(probe, text);
    if (findings.length === 0) return testResult.replaceChildren(h('p', {}, t('ruleTestNone')));
    testResult.replaceChildren(
      h('p', {}, t(findings.length === 1 ? 'ruleTestOne' : 'ruleTestMany', String(findings.length))),
      markUp(text, findings),
    );
  };
  for (const field of [patterns, testBox, category]) field.addEventListener('input', showTest);

  const resetForm = () => {
    editing = null;
    form.reset();
    legend.textContent = t('ruleFormLegend');
    cancel.hidden = true;
    error.textContent = '';
    patterns.removeAttribute('aria-invalid');
    testResult.replaceChildren();
  };
  cancel.addEventListener('click', () => {
    resetForm();
    patterns.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const rule = draft();
    const check = validateRule(rule);
    if (!check.ok) {
      // Nothing is saved: the reason stays on screen next to the form.
      error.textContent = t('ruleInvalid', check.error);
      patterns.setAttribute('aria-invalid', 'true');
      return;
    }
    void ctx
      .save((s) => {
        const at = s.customRules.findIndex((r) => r.id === rule.id);
        if (at >= 0) s.customRules[at] = rule;
        else s.customRules.push(rule);
      })
      .then(() => {
        resetForm();
        patterns.focus();
      });
  });

  const edit = (rule: RuleSource) => {
    editing = rule.id;
    patterns.value = rule.patterns.join('\n');
    category.value = rule.category;
    severity.value = SEVERITIES.includes(rule.severity) ? rule.severity : 'medium';
    message.value = rule.message;
    suggestions.value = rule.suggestions.join('\n');
    legend.textContent = t('ruleFormLegendEdit', rule.id);
    cancel.hidden = false;
    error.textContent = '';
    showTest();
    patterns.focus();
  };

  exportButton.addEventListener('click', () => {
    const blob = new Blob([exportPack(ctx.user().customRules)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: PACK_FILE_NAME });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    importInput.value = '';
    if (!file) return;
    importError.textContent = '';
    importStatus.textContent = '';
    const result = importPack(await file.text());
    if (!result.ok) {
      importError.textContent = t('rulesImportRefused', [file.name, result.error]);
      return;
    }
    await ctx.save((s) => {
      s.customRules = mergeRules(s.customRules, result.rules);
    });
    importStatus.textContent = t('rulesImported', [String(result.rules.length), file.name]);
  });

  return () => {
    const eff = ctx.effective();
    const locked = showLock(lock, eff, 'customRules');
    for (const el of form.elements) (el as HTMLInputElement).disabled = locked;
    importInput.disabled = locked;
    list.replaceChildren(
      ...eff.customRules.map((rule) => {
        const editButton = h('button', { type: 'button', 'aria-label': t('ruleEditLabel', rule.id) }, t('ruleEdit'));
        const removeButton = h('button', { type: 'button', 'aria-label': t('ruleRemoveLabel', rule.id) }, t('ruleRemove'));
        editButton.disabled = removeButton.disabled = locked;
        editButton.addEventListener('click', () => edit(rule));
        removeButton.addEventListener('click', () => {
          if (editing === rule.id) resetForm();
          void ctx
            .save((s) => {
              s.customRules = s.customRules.filter((r) => r.id !== rule.id);
            })
            .then(() => patterns.focus());
        });
        return h(
          'li',
          {},
          h(
            'div',
            { class: 'rule-head' },
            h('span', {}, h('code', {}, rule.patterns.join(' | ')), ` — ${t(categoryKey(rule.category, 'name'))}`),
            h('span', { class: 'buttons' }, editButton, removeButton),
          ),
          h('p', { class: 'rule-message' }, rule.message),
        );
      }),
    );
    empty.hidden = eff.customRules.length > 0;
    team.hidden = eff.teamRules.length === 0;
    team.textContent = eff.teamRules.length ? t('rulesTeam', String(eff.teamRules.length)) : '';
  };
}
