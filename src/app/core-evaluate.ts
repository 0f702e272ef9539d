// Loaded on demand by core.ts (loadEvaluator): OSS's verdict is only needed once a file is chosen.
export { evaluatePost } from '../oss/index.ts';
