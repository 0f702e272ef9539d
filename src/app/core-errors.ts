// Loaded on demand by core.ts (loadErrorReader): the error catalog is only needed once OSS answers.
export { explainOssError, parseOssError } from '../oss/index.ts';
