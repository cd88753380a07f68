// Always-off sites and the optional only-on list, as validated match patterns.
import { t } from '../../src/settings/i18n';
import { normalizeSitePattern } from '../../src/settings/match-patterns';
import type { LockableSetting } from '../../src/settings/policy';
import { byId, h, lockText, showLock, type OptionsContext, type Render } from './context';

function setupList(ctx: OptionsContext, key: 'disabledSites' | 'onlySites', prefix: string): Render {
  const list = byId(`${prefix}-site-list`);
  const empty = byId(`${prefix}-sites-empty`);
  const lock = byId(`${prefix}-sites-lock`);
  const form = byId<HTMLFormElement>(`${prefix}-site-form`);
  const input = byId<HTMLInputElement>(`${prefix}-site-input`);
  const error = byId(`${prefix}-site-error`);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const check = normalizeSitePattern(input.value);
    if (!check.ok) {
      error.textContent = t(check.error, check.detail ?? '');
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    if (ctx.user()[key].includes(check.pattern)) {
      error.textContent = t('sitesErrorDuplicate', check.pattern);
      return;
    }
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.value = '';
    void ctx.save((s) => void s[key].push(check.pattern));
  });
  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  });

  return () => {
    const eff = ctx.effective();
    const locked = showLock(lock, eff, key as LockableSetting);
    for (const el of form.elements) (el as HTMLInputElement).disabled = locked;
    const policy = key === 'disabledSites' ? eff.policyDisabledSites : eff.locked.includes('onlySites') ? eff.onlySites : [];
    list.replaceChildren(
      ...eff[key].map((pattern) => {
        const item = h('li', {}, h('code', {}, pattern));
        if (policy.includes(pattern) || locked) {
          item.classList.add('locked');
          item.append(h('span', { class: 'visually-hidden' }, lockText(eff)));
          item.title = lockText(eff);
        } else {
          const remove = h('button', { type: 'button', 'aria-label': t('sitesRemove', pattern) }, '×');
          remove.addEventListener('click', () => {
            void ctx
              .save((s) => {
                s[key] = s[key].filter((p) => p !== pattern);
              })
              .then(() => input.focus());
          });
          item.append(remove);
        }
        return item;
      }),
    );
    empty.hidden = eff[key].length > 0;
  };
}

export function setupSites(ctx: OptionsContext): Render {
  const renders = [setupList(ctx, 'disabledSites', 'disabled'), setupList(ctx, 'onlySites', 'only')];
  return () => {
    for (const render of renders) render();
  };
}
