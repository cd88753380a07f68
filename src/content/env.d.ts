// Compile-time constant set by wxt.config.ts: true only in the ATTUNE_TEST=1 build, so the test hook is dead code in the shipped build.
declare const __ATTUNE_TEST__: boolean;
