import { describeEditors } from './editor-suite.ts';

describeEditors('chromium');
