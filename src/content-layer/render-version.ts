/**
 * Version of the rendering pipeline (`markdown.ts`, `annotate.ts`), part of every article's
 * digest: raise it when a change to the pipeline must re-render articles whose text did not
 * change. A module of its own, so that a build that renders nothing does not load the pipeline.
 */
export const RENDER_VERSION = 9;
