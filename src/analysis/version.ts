/**
 * Version of the engine's rules, part of the content layer's digests: raise it when a change to the
 * engine must re-analyse articles whose text did not change. A module of its own, re-exported by
 * `index.ts`, so that a build that analyses nothing learns it without loading the engine.
 */
export const ENGINE_VERSION = 295;
