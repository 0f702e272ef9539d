// What the Result pane derives from the signed form (the fields sent with a file, the multipart
// preview, the dry run, the reading of an answer and its one-click fixes), gathered for core.ts.
export { expandObjectKey, fieldsForFile } from '../oss/index.ts';
export { dryRun } from './result/dry-run.ts';
export { orderParts } from './result/form-order.ts';
export { previewMultipart } from './result/multipart-preview.ts';
export { applyFix, suggestFixes } from './result/one-click-fixes.ts';
export { needsErrorReader, readOutcome } from './upload/outcome.ts';
export { describeSizeRefusal } from './result/outcome-sizes.ts';
export { describeTypeRefusal } from './result/type-refusal.ts';
