import { defineTexts } from '../../oss/index.ts';

/**
 * What the page says when an input is larger than it takes (English; Chinese in
 * hostile-input-texts-zh.ts beside it). Limits are named, and what was not taken is said.
 */
export const HOSTILE_INPUT_TEXTS = defineTexts('hostile-input', {
  typedRefused: (p: { length: string | number; field: string | number; max: string | number }) =>
    `The ${p.length} characters pasted or typed into “${p.field}” were not taken: the page takes at most ${p.max} characters in one input. The input keeps what it had; paste a shorter value.`,
  valueRefused: (p: { part: string | number; length: string | number; max: string | number }) =>
    `The link or import sets “${p.part}” to ${p.length} characters; the page takes at most ${p.max} characters in one value, so it kept the one it had. Shorten it where it came from.`,
  conditionRowsRefused: (p: { count: string | number; max: string | number }) =>
    `${p.count} condition rows of the link or import hold a value over ${p.max} characters; the page left them out.`,
  fieldRowsRefused: (p: { count: string | number; max: string | number }) =>
    `${p.count} field rows of the link or import hold a name or value over ${p.max} characters; the page left them out.`,
  rowsOverBudget: (p: { count: string | number; max: string | number }) =>
    `${p.count} rows of the link or import were left out: the page takes at most ${p.max} characters in all rows together, and the rows before them fill that.`,
  policyTooManyConditions: (p: { count: string | number; max: string | number }) =>
    `This policy has ${p.count} conditions; the page takes at most ${p.max} in the editor, so the builder keeps the ones it had. A PostObject policy needs far fewer.`,
  rowsShown: (p: { shown: string | number; count: string | number }) =>
    `Showing the first ${p.shown} of ${p.count} rows; the rest are kept but not shown.`,
  textShown: (p: { shown: string | number; count: string | number }) =>
    `Showing the first ${p.shown} of ${p.count} characters; the rest are kept but not shown.`,
  pastedDirectly: (p: { length: string | number; max: string | number }) =>
    `The ${p.length} characters pasted were imported at once, not put into the box: it shows at most ${p.max} characters. Paste again to import again.`,
  reading: (p: { length: string | number }) => `Reading the ${p.length} characters pasted…`,
  dismiss: 'Dismiss',
});
