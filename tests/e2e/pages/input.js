import { exposeTextControl, mount } from './common.js';

const field = document.createElement('input');
field.type = 'text';
field.setAttribute('aria-label', 'Message');
mount('input type=text').append(field);

exposeTextControl('input', field);
