// Phrases never flagged: added from a card ("Ignore this phrase") or by hand here.
import { t } from '../../src/settings/i18n';
import { MAX_IGNORED_PHRASE } from '../../src/settings/messages';
import { byId, h, showLock, type OptionsContext, type Render } from './context';

const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

export function setupPhrases(ctx: OptionsContext): Render {
  const list = byId('phrase-list');
  const empty = byId('phrases-empty');
  const lock = byId('phrases-lock');
  const form = byId<HTMLFormElement>('phrase-form');
  const input = byId<HTMLInputElement>('phrase-input');
  const error = byId('phrase-error');

  const showError = (message: string) => {
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const phrase = input.value.trim().replace(/\s+/g, ' ');
    if (!phrase) return showError(t('phrasesErrorEmpty'));
    if (phrase.length > MAX_IGNORED_PHRASE) return showError(t('phrasesErrorLong'));
    if (ctx.user().ignoredPhrases.some((p) => same(p, phrase))) return showError(t('phrasesErrorDuplicate'));
    error.textContent = '';
    input.removeAttribute('aria-invalid');
    input.value = '';
    void ctx.save((s) => void s.ignoredPhrases.push(phrase));
  });
  input.addEventListener('input', () => {
    error.textContent = '';
    input.removeAttribute('aria-invalid');
  });

  return () => {
    const eff = ctx.effective();
    const locked = showLock(lock, eff, 'ignoredPhrases');
    for (const el of form.elements) (el as HTMLInputElement).disabled = locked;
    list.replaceChildren(
      ...eff.ignoredPhrases.map((phrase) => {
        const remove = h('button', { type: 'button', 'aria-label': t('phrasesRemove', phrase) }, '×');
        remove.disabled = locked;
        remove.addEventListener('click', () => {
          // Keep keyboard focus in the list after the chip disappears.
          const next = remove.closest('li')?.nextElementSibling?.querySelector('button') ?? input;
          void ctx
            .save((s) => {
              s.ignoredPhrases = s.ignoredPhrases.filter((p) => !same(p, phrase));
            })
            .then(() => ((next as HTMLElement).isConnected ? (next as HTMLElement).focus() : input.focus()));
        });
        return h('li', {}, h('span', {}, phrase), remove);
      }),
    );
    empty.hidden = eff.ignoredPhrases.length > 0;
  };
}
