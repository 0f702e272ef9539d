import { params } from '@nanostores/i18n';
import { i18n } from '../../ui/i18n/i18n.ts';

/**
 * What the page says when an input is larger than it takes (English; Chinese in the catalogue,
 * zh-CN/hostile-input.json). Limits are named, and what was not taken is said.
 */
export const hostileInputMessages = i18n('hostile-input', {
  typedRefused: params(
    'The {length} characters pasted or typed into “{field}” were not taken: the page takes at most {max} characters in one input. The input keeps what it had; paste a shorter value.',
  ),
  valueRefused: params(
    'The link or import sets “{part}” to {length} characters; the page takes at most {max} characters in one value, so it kept the one it had. Shorten it where it came from.',
  ),
  conditionRowsRefused: params(
    '{count} condition rows of the link or import hold a value over {max} characters; the page left them out.',
  ),
  fieldRowsRefused: params(
    '{count} field rows of the link or import hold a name or value over {max} characters; the page left them out.',
  ),
  rowsOverBudget: params(
    '{count} rows of the link or import were left out: the page takes at most {max} characters in all rows together, and the rows before them fill that.',
  ),
  policyTooManyConditions: params(
    'This policy has {count} conditions; the page takes at most {max} in the editor, so the builder keeps the ones it had. A PostObject policy needs far fewer.',
  ),
  rowsShown: params('Showing the first {shown} of {count} rows; the rest are kept but not shown.'),
  textShown: params(
    'Showing the first {shown} of {count} characters; the rest are kept but not shown.',
  ),
  pastedDirectly: params(
    'The {length} characters pasted were imported at once, not put into the box: it shows at most {max} characters. Paste again to import again.',
  ),
  reading: params('Reading the {length} characters pasted…'),
  dismiss: 'Dismiss',
});
