// Loaded on demand by snippet-catalog.ts: the snippet renderers only load when the snippets section shows.
export { SNIPPETS } from '../../oss/index.ts';
