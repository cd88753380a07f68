/** Where entrypoints/engine.ts leaves the engine for the content script (isolated world only). */
export const ENGINE_GLOBAL = '__attuneEngine';
