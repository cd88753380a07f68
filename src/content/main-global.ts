/** Where entrypoints/content-main.ts leaves Attune's main module for the boot script (isolated world only). */
export const MAIN_GLOBAL = '__attuneMain';
