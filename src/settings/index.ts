// Settings for Attune: schema, migrations, policy merge, site matching, stats, storage.
// Modules that need the engine (analyze-options, packs) are imported from their own files so the
// popup does not bundle the engine.
export * from './activity';
export * from './match-patterns';
export * from './messages';
export * from './migrate';
export * from './policy';
export * from './schema';
export * from './shortcut';
export * from './stats';
export * from './storage';
