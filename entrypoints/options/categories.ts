// The ten categories (each on/off, with a description and an example) and the sensitivity.
import { CATEGORIES, SENSITIVITIES } from '../../src/engine/types';
import { categoryKey, t } from '../../src/settings/i18n';
import { byId, h, lockText, showLock, type OptionsContext, type Render } from './context';

export function setupCategories(ctx: OptionsContext): Render {
  const list = byId('category-list');
  const lock = byId('categories-lock');
  const boxes = new Map<string, HTMLInputElement>();
  for (const category of CATEGORIES) {
    const id = `category-${category}`;
    const box = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-desc ${id}-example ${id}-lock` });
    box.addEventListener('change', () => {
      const on = box.checked;
      void ctx.save((s) => {
        s.categories[category] = on;
      });
    });
    boxes.set(category, box);
    const example = h(
      'p',
      { class: 'example', id: `${id}-example` },
      `${t('categoryExample')} `,
      h('q', {}, t(categoryKey(category, 'example'))),
    );
    list.append(
      h(
        'li',
        { class: 'category' },
        box,
        h('label', { for: id }, t(categoryKey(category, 'name'))),
        h('p', { class: 'desc', id: `${id}-desc` }, t(categoryKey(category, 'desc'))),
        example,
        h('p', { class: 'lock', id: `${id}-lock`, hidden: '' }),
      ),
    );
  }

  const sensitivityLock = byId('sensitivity-lock');
  const radios = byId('sensitivity-options');
  const radioInputs = SENSITIVITIES.map((level) => {
    const id = `sensitivity-${level}`;
    const input = h('input', { type: 'radio', name: 'sensitivity', id, value: level, 'aria-describedby': `${id}-desc` });
    input.addEventListener('change', () => {
      if (input.checked)
        void ctx.save((s) => {
          s.sensitivity = level;
        });
    });
    radios.append(
      h(
        'div',
        { class: 'radio' },
        input,
        h('label', { for: id }, t(`sensitivity_${level}`)),
        h('span', { class: 'desc', id: `${id}-desc` }, t(`sensitivity_${level}_desc`)),
      ),
    );
    return input;
  });

  return () => {
    const eff = ctx.effective();
    const allLocked = showLock(lock, eff, 'categories');
    for (const [category, box] of boxes) {
      box.checked = eff.categories[category as keyof typeof eff.categories];
      const forced = eff.forcedCategories.includes(category as (typeof eff.forcedCategories)[number]);
      box.disabled = allLocked || forced;
      const note = byId(`category-${category}-lock`);
      note.hidden = !forced || allLocked;
      note.textContent = forced && !allLocked ? lockText(eff) : '';
    }
    const sensitivityLocked = showLock(sensitivityLock, eff, 'sensitivity');
    for (const input of radioInputs) {
      input.checked = input.value === eff.sensitivity;
      input.disabled = sensitivityLocked;
    }
  };
}
