import { exposeTextControl, mount } from './common.js';

const field = document.createElement('textarea');
field.setAttribute('aria-label', 'Message');
mount('textarea').append(field);

exposeTextControl('textarea', field);
