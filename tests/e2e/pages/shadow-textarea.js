import { exposeTextControl, mount } from './common.js';

// A textarea inside an open shadow root, as web-component chat widgets do.
const host = document.createElement('chat-composer');
mount('textarea in a shadow root').append(host);
const shadow = host.attachShadow({ mode: 'open' });
shadow.innerHTML = `<style>
  textarea { box-sizing: border-box; width: 520px; height: 160px; overflow: auto; resize: none; display: block;
    font: 16px/22px "DejaVu Sans", sans-serif; border: 1px solid #888; padding: 6px 8px; margin: 0; }
</style><textarea aria-label="Message"></textarea>`;
const field = shadow.querySelector('textarea');

exposeTextControl('shadow-textarea', field, { composed: true });
