// What the Result pane derives from the signed form (the fields sent with a file, the multipart
// preview, the dry run, the reading of an answer and its one-click fixes), gathered for core.ts.
export { expandObjectKey, fieldsForFile } from '../oss/index.ts';
export { dryRun } from './logic/dry-run.ts';
export { orderParts } from './logic/form-order.ts';
export { previewMultipart } from './logic/multipart-preview.ts';
export { applyFix, suggestFixes } from './logic/one-click-fixes.ts';
export { needsErrorReader, readOutcome } from './logic/outcome.ts';
export { describeSizeRefusal } from './logic/outcome-sizes.ts';
export { describeTypeRefusal } from './logic/type-refusal.ts';
